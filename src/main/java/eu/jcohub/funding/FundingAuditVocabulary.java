package eu.jcohub.funding;

import eu.jcohub.reference.ReferenceData;
import eu.jcohub.shared.AuditVocabulary;
import eu.jcohub.shared.AuditWording;
import eu.jcohub.shared.RecordKind;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Funding's records in the audit trail: budgets and applications, with statuses, cost categories, payers and
 * programmes in words.
 */
@Component
class FundingAuditVocabulary implements AuditVocabulary {

	static final RecordKind BUDGET = new RecordKind("funding-budget");
	static final RecordKind APPLICATION = new RecordKind("funding-application");

	private final ReferenceData reference;

	FundingAuditVocabulary(ReferenceData reference) {
		this.reference = reference;
	}

	@Override
	public Set<RecordKind> kinds() {
		return Set.of(BUDGET, APPLICATION);
	}

	@Override
	public Optional<String> value(RecordKind kind, String field, String value, AuditWording wording) {
		return switch (field) {
			case "status" -> wording.text("funding.status." + value);
			case "lines" -> line(value, wording);
			default -> Optional.empty();
		};
	}

	/** A budget line as stored in the trail: its category's code, its payer's code and its amount. */
	private Optional<String> line(String value, AuditWording wording) {
		var parts = value.split(" ");
		if (parts.length != 3) {
			return Optional.empty();
		}
		var category = wording.text("funding.category." + parts[0]).orElse(parts[0]);
		var payer = parts[1].equals(BudgetLine.CENTRAL) ? wording.text("funding.payer.central").orElse(parts[1])
				: reference.organisation(parts[1]).map(organisation -> organisation.name()).orElse(parts[1]);
		try {
			return Optional.of(category + ", " + payer + ", " + Money.format(new BigDecimal(parts[2])));
		}
		catch (NumberFormatException e) {
			return Optional.empty();
		}
	}
}
