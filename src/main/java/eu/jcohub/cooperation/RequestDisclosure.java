package eu.jcohub.cooperation;

import eu.jcohub.access.CurrentUser;
import eu.jcohub.reference.ReferenceData;
import eu.jcohub.seizures.PartnerDisclosure;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * A police or judicial partner of an operation takes part for its Naples II requests: of the operation's seizure
 * reports it reads those linked to a request that involves it, and no other. Other partners (OLAF, agencies) read
 * reports as before.
 */
@Component
class RequestDisclosure implements PartnerDisclosure {

	private final RequestStore requests;
	private final ReferenceData reference;

	RequestDisclosure(RequestStore requests, ReferenceData reference) {
		this.requests = requests;
		this.reference = reference;
	}

	@Override
	public Set<String> partnersReading(UUID report, Set<String> partners) {
		var limited = partners.stream()
			.filter(code -> reference.organisation(code).map(o -> CurrentUser.policeOrJudicial(o.kind().name())).orElse(false))
			.collect(Collectors.toSet());
		if (limited.isEmpty()) {
			return partners;
		}
		var involved = requests.ofReport(report).stream().flatMap(r -> r.involved.stream()).collect(Collectors.toSet());
		var reading = new HashSet<>(partners);
		limited.stream().filter(code -> !involved.contains(code)).forEach(reading::remove);
		return reading;
	}
}
