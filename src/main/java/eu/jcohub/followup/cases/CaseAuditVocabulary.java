package eu.jcohub.followup.cases;

import eu.jcohub.reference.Organisation;
import eu.jcohub.reference.ReferenceData;
import eu.jcohub.shared.AuditAction;
import eu.jcohub.shared.AuditVocabulary;
import eu.jcohub.shared.AuditWording;
import eu.jcohub.shared.RecordKind;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Investigation cases in the audit trail, which is each case's history: opened, each event added, each read (with
 * whether its persons were shown) and each erasure of its persons, with organisations and words for codes.
 */
@Component
class CaseAuditVocabulary implements AuditVocabulary {

	static final RecordKind CASE = new RecordKind("followup-case");
	static final AuditAction EVENT_ADDED = new AuditAction("EVENT_ADDED");
	static final AuditAction ANONYMISED = new AuditAction("ANONYMISED");

	private final ReferenceData reference;

	CaseAuditVocabulary(ReferenceData reference) {
		this.reference = reference;
	}

	@Override
	public Set<RecordKind> kinds() {
		return Set.of(CASE);
	}

	@Override
	public Optional<String> value(RecordKind kind, String field, String value, AuditWording wording) {
		return switch (field) {
			case "owner" -> reference.organisation(value).map(Organisation::name);
			case "kind" -> wording.text("cases.kind." + value);
			case "type" -> wording.text("cases.event." + value);
			default -> Optional.empty();
		};
	}
}
