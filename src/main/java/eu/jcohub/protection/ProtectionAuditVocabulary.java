package eu.jcohub.protection;

import eu.jcohub.shared.AuditAction;
import eu.jcohub.shared.AuditVocabulary;
import eu.jcohub.shared.AuditWording;
import eu.jcohub.shared.RecordKind;
import eu.jcohub.reference.Organisation;
import eu.jcohub.reference.ReferenceData;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Data protection in the audit trail: subject-access searches, retention rules and the runs that applied them,
 * named by the organisation and the category of personal data.
 */
@Component
class ProtectionAuditVocabulary implements AuditVocabulary {

	static final RecordKind SUBJECT_ACCESS = new RecordKind("subject-access");
	static final RecordKind RETENTION_RUN = new RecordKind("retention-run");
	static final RecordKind RETENTION_RULE = new RecordKind("retention-rule");
	static final AuditAction SUBJECT_ACCESS_SEARCH = new AuditAction("SUBJECT_ACCESS_SEARCH");
	static final AuditAction RETENTION_APPLIED = new AuditAction("RETENTION_APPLIED");

	private final ReferenceData reference;

	ProtectionAuditVocabulary(ReferenceData reference) {
		this.reference = reference;
	}

	@Override
	public Set<RecordKind> kinds() {
		return Set.of(SUBJECT_ACCESS, RETENTION_RUN, RETENTION_RULE);
	}

	/** A search by the organisation that searched; a rule by its organisation and category (“FI-CUSTOMS/PERSON”). */
	@Override
	public Optional<String> record(RecordKind kind, String id, AuditWording wording) {
		if (kind.equals(SUBJECT_ACCESS)) {
			return Optional.of(organisation(id));
		}
		if (kind.equals(RETENTION_RULE) && id.contains("/")) {
			var organisation = id.substring(0, id.lastIndexOf('/'));
			var category = id.substring(id.lastIndexOf('/') + 1);
			return Optional.of(organisation(organisation) + ": "
					+ wording.text("audit.value.personalData." + category).orElse(category));
		}
		return Optional.empty();
	}

	private String organisation(String code) {
		return reference.organisation(code).map(Organisation::name).orElse(code);
	}
}
