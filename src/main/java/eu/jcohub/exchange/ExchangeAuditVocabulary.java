package eu.jcohub.exchange;

import eu.jcohub.shared.AuditAction;
import eu.jcohub.shared.AuditVocabulary;
import eu.jcohub.shared.AuditWording;
import eu.jcohub.shared.RecordKind;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Exchange in the audit trail: each imported file, each semester's collection of plans falling due, and each
 * published calendar followed.
 */
@Component
class ExchangeAuditVocabulary implements AuditVocabulary {

	static final RecordKind IMPORT = new RecordKind("import");
	static final RecordKind PLANS_COLLECTION = new RecordKind("plans-collection");
	static final AuditAction IMPORTED = new AuditAction("IMPORTED");
	static final AuditAction DUE = new AuditAction("DUE");
	static final RecordKind SUBSCRIPTION = new RecordKind("calendar-subscription");
	static final AuditAction SUBSCRIBED = new AuditAction("SUBSCRIBED");

	@Override
	public Set<RecordKind> kinds() {
		return Set.of(IMPORT, PLANS_COLLECTION, SUBSCRIPTION);
	}

	@Override
	public Optional<String> record(RecordKind kind, String id, AuditWording wording) {
		return kind.equals(PLANS_COLLECTION) ? wording.text("audit.record.plans-collection", id) : Optional.empty();
	}

	@Override
	public Optional<String> value(RecordKind kind, String field, String value, AuditWording wording) {
		return field.equals("format") ? wording.text("audit.value.import.format." + value) : Optional.empty();
	}
}
