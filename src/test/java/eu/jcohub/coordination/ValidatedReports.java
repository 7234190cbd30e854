package eu.jcohub.coordination;

import eu.jcohub.seizures.ReportType;
import eu.jcohub.seizures.ReportValidated;
import eu.jcohub.shared.OperationId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Validated reports as the reporting side announces them, published in a transaction of their own so that the
 * coordination module hears of them after commit, as it would in the application.
 */
final class ValidatedReports {

	private final ApplicationEventPublisher events;
	private final TransactionTemplate transactions;

	ValidatedReports(ApplicationEventPublisher events, TransactionTemplate transactions) {
		this.events = events;
		this.transactions = transactions;
	}

	void publish(Collection<ReportValidated> reports) {
		transactions.executeWithoutResult(status -> reports.forEach(events::publishEvent));
	}

	void publish(ReportValidated report) {
		transactions.executeWithoutResult(status -> events.publishEvent(report));
	}

	static ReportValidated control(OperationId operation, int phase, LocalDate day, String administration,
			String location, String mode, String riskArea, @Nullable UUID profile, int controlled, boolean infringement) {
		return new ReportValidated(UUID.randomUUID(), operation, phase, ReportType.CONTROL, noon(day), administration,
				location, mode, riskArea, profile, profile == null ? null : "Profile " + profile.toString().substring(0, 4),
				null, null, null, null, controlled, infringement, Instant.now());
	}

	static ReportValidated seizure(OperationId operation, int phase, LocalDate day, String administration,
			String location, String mode, String riskArea, @Nullable UUID profile, String quantity, String unit,
			String valueEur) {
		return new ReportValidated(UUID.randomUUID(), operation, phase, ReportType.SEIZURE, noon(day), administration,
				location, mode, riskArea, profile, profile == null ? null : "Profile " + profile.toString().substring(0, 4),
				new BigDecimal(quantity), unit, new BigDecimal(valueEur), new BigDecimal(valueEur).divide(BigDecimal.TEN),
				0, true, Instant.now());
	}

	private static Instant noon(LocalDate day) {
		return day.atTime(12, 0).toInstant(ZoneOffset.UTC);
	}
}
