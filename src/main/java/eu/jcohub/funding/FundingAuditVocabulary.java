package eu.jcohub.funding;

import eu.jcohub.shared.AuditVocabulary;
import eu.jcohub.shared.AuditWording;
import eu.jcohub.shared.RecordKind;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Funding's records in the audit trail: budgets and applications, their statuses in words. */
@Component
class FundingAuditVocabulary implements AuditVocabulary {

	static final RecordKind BUDGET = new RecordKind("funding-budget");
	static final RecordKind APPLICATION = new RecordKind("funding-application");

	@Override
	public Set<RecordKind> kinds() {
		return Set.of(BUDGET, APPLICATION);
	}

	@Override
	public Optional<String> value(RecordKind kind, String field, String value, AuditWording wording) {
		return field.equals("status") ? wording.text("funding.status." + value) : Optional.empty();
	}
}
