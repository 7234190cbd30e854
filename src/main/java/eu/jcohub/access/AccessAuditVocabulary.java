package eu.jcohub.access;

import eu.jcohub.shared.AuditVocabulary;
import eu.jcohub.shared.AuditWording;
import eu.jcohub.shared.RecordKind;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Roles held on one operation, in the audit trail: who was made its leader, OCU operator or analyst. */
@Component
class AccessAuditVocabulary implements AuditVocabulary {

	static final RecordKind OPERATION_ROLE = new RecordKind("operation-role");

	@Override
	public Set<RecordKind> kinds() {
		return Set.of(OPERATION_ROLE);
	}

	@Override
	public Optional<String> value(RecordKind kind, String field, String value, AuditWording wording) {
		return field.equals("role") ? wording.text("access.operationRole." + value) : Optional.empty();
	}
}
