package eu.jcohub.cooperation;

import eu.jcohub.reference.ReferenceData;
import eu.jcohub.shared.AuditVocabulary;
import eu.jcohub.shared.AuditWording;
import eu.jcohub.shared.RecordKind;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Naples II records in the audit trail: competence entries and requests, with codes in words. */
@Component
class CooperationAuditVocabulary implements AuditVocabulary {

	static final RecordKind COMPETENCE = new RecordKind("naples-competence");
	static final RecordKind REQUEST = new RecordKind("naples-request");

	private final ReferenceData reference;

	CooperationAuditVocabulary(ReferenceData reference) {
		this.reference = reference;
	}

	@Override
	public Set<RecordKind> kinds() {
		return Set.of(COMPETENCE, REQUEST);
	}

	@Override
	public Optional<String> value(RecordKind kind, String field, String value, AuditWording wording) {
		return switch (field) {
			case "status" -> wording.text("cooperation.status." + value);
			case "article" -> wording.text("cooperation.article." + value);
			case "authorities" -> Optional.of(Arrays.stream(value.split(",")).filter(s -> !s.isBlank())
				.map(code -> wording.text("cooperation.authority." + code).orElse(code))
				.collect(Collectors.joining(", ")));
			case "decidedBy" -> wording.text("cooperation.authority." + value);
			case "requesting", "requested" -> reference.organisation(value).map(o -> o.name());
			case "involved" -> Optional.of(String.join(", ", reference.organisationNames(
					Arrays.stream(value.split(",")).filter(s -> !s.isBlank()).toList())));
			default -> Optional.empty();
		};
	}
}
