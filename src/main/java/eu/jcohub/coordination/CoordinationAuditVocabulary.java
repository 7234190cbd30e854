package eu.jcohub.coordination;

import eu.jcohub.reference.ReferenceData;
import eu.jcohub.shared.AuditAction;
import eu.jcohub.shared.AuditVocabulary;
import eu.jcohub.shared.AuditWording;
import eu.jcohub.shared.RecordKind;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The OCU's messages in the audit trail: each one sent, and each administration's acknowledgement. */
@Component
public class CoordinationAuditVocabulary implements AuditVocabulary {

	public static final RecordKind MESSAGE = new RecordKind("ocu-message");
	static final AuditAction ACKNOWLEDGED = new AuditAction("ACKNOWLEDGED");

	private final ReferenceData reference;

	CoordinationAuditVocabulary(ReferenceData reference) {
		this.reference = reference;
	}

	@Override
	public Set<RecordKind> kinds() {
		return Set.of(MESSAGE);
	}

	@Override
	public Optional<String> value(RecordKind kind, String field, String value, AuditWording wording) {
		return switch (field) {
			case "addressedTo" -> value.isEmpty() ? wording.text("coordination.message.toAll")
					: Optional.of(reference.organisationName(value));
			case "organisation" -> Optional.of(reference.organisationName(value));
			default -> Optional.empty();
		};
	}
}
