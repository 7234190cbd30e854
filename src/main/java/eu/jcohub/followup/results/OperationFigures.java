package eu.jcohub.followup.results;

import eu.jcohub.seizures.ReportType;
import eu.jcohub.seizures.ReportValidated;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * An operation's operational figures from its validated reports.
 *
 * @param reports validated reports
 * @param controls control reports
 * @param controlled vehicles, containers, consignments or passengers controlled
 * @param seizures seizure reports
 * @param infringements reports that found an infringement
 * @param valueEur value of the goods seized
 * @param dutiesEur duties and taxes evaded
 */
public record OperationFigures(int reports, int controls, int controlled, int seizures, int infringements,
		BigDecimal valueEur, BigDecimal dutiesEur) {

	static OperationFigures of(List<ReportValidated> validated) {
		return new OperationFigures(validated.size(),
				(int) validated.stream().filter(r -> r.type() == ReportType.CONTROL).count(),
				validated.stream().mapToInt(ReportValidated::controlledCount).sum(),
				(int) validated.stream().filter(r -> r.type() == ReportType.SEIZURE).count(),
				(int) validated.stream().filter(ReportValidated::infringement).count(),
				sum(validated.stream().map(ReportValidated::valueEur).filter(Objects::nonNull).toList()),
				sum(validated.stream().map(ReportValidated::dutiesEur).filter(Objects::nonNull).toList()));
	}

	/** What {@code this} adds to {@code earlier}. */
	public OperationFigures since(OperationFigures earlier) {
		return new OperationFigures(reports - earlier.reports, controls - earlier.controls,
				controlled - earlier.controlled, seizures - earlier.seizures, infringements - earlier.infringements,
				valueEur.subtract(earlier.valueEur), dutiesEur.subtract(earlier.dutiesEur));
	}

	private static BigDecimal sum(List<BigDecimal> amounts) {
		return amounts.stream().reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
	}
}
