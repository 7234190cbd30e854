package eu.jcohub.planning;

import eu.jcohub.access.AccessPolicy;
import eu.jcohub.operations.OperationPlan;
import eu.jcohub.operations.OperationRegister;
import eu.jcohub.operations.OperationRules;
import eu.jcohub.operations.OperationView;
import eu.jcohub.operations.Phase;
import eu.jcohub.shared.InvalidInput;
import eu.jcohub.shared.OperationId;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Use as template": a new proposal made from a past operation the user may see in detail, under a new name and
 * starting on a new day. Its phases keep their lengths and the breaks between them; it is organised by the same
 * organiser where the user may table for it, otherwise by the user's own administration. The checklist (re-dated
 * to the new days, every task open again) and the objectives are copied when the calendar announces the new
 * operation, in the same transaction.
 */
@Service
public class Reuse {

	private final OperationRegister register;
	private final AccessPolicy access;

	Reuse(OperationRegister register, AccessPolicy access) {
		this.register = register;
		this.access = access;
	}

	@Transactional
	public OperationView cloneOf(OperationId sourceId, @Nullable String name, @Nullable String firstDay) {
		var source = register.find(sourceId);
		Planning.requireDetails(source);
		var errors = new InvalidInput.Collector();
		var newName = name == null ? "" : name.strip();
		errors.text("name", newName, 200);
		if (newName.isEmpty()) {
			errors.reject("name", "give the new operation a name");
		}
		LocalDate start = null;
		try {
			start = LocalDate.parse(String.valueOf(firstDay).strip());
			if (start.isBefore(Phase.EARLIEST) || start.isAfter(Phase.LATEST.minusYears(1))) {
				errors.reject("firstDay", "a first operational day between 2000 and 2099");
			}
		}
		catch (DateTimeParseException e) {
			errors.reject("firstDay", "the first operational day, a date like 2027-03-01");
		}
		errors.throwIfAny();
		return register.tableFrom(sourceId, plan(source.plan(), newName, start));
	}

	private OperationPlan plan(OperationPlan source, String name, LocalDate start) {
		var user = access.currentUser();
		var visibility = access.visibility();
		boolean sameOrganiser = OperationRules.mayTableFor(visibility, source.organiser());
		var organiser = sameOrganiser ? source.organiser() : user.organisation();
		var lead = sameOrganiser ? source.leadCountry() : user.country().orElse(source.leadCountry());
		long shift = ChronoUnit.DAYS.between(source.firstPhase().start(), start);
		List<Phase> phases = source.phases().stream()
			.map(phase -> new Phase(phase.start().plusDays(shift), phase.end().plusDays(shift)))
			.toList();
		return new OperationPlan(name, source.type(), organiser, lead, source.participants(),
				source.partnerOrganisations(), source.competence(), source.domain(), source.contactPoint(), null,
				source.riskAreas(), source.transportModes(), source.locations(), phases, source.objectives());
	}
}
