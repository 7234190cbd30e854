package eu.jcohub.followup.results.web;

import eu.jcohub.followup.results.Results;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One line of the results table: a figure as of the day, at the debriefing and what was added since (the last two
 * empty before the debriefing). Public because templates call it.
 */
public record ResultRow(String key, Number asOf, @Nullable Number atDebriefing, @Nullable Number added, boolean euro) {

	/** Whether anything was added since the debriefing, to mark the line. */
	public boolean grew() {
		return added != null && new BigDecimal(added.toString()).signum() > 0;
	}

	static List<ResultRow> operational(Results.OperationResults r) {
		return List.of(
				of(r, "results.reports", f -> f.operational().reports(), false),
				of(r, "results.controls", f -> f.operational().controls(), false),
				of(r, "results.controlled", f -> f.operational().controlled(), false),
				of(r, "results.seizures", f -> f.operational().seizures(), false),
				of(r, "results.infringements", f -> f.operational().infringements(), false),
				of(r, "results.valueEur", f -> f.operational().valueEur(), true),
				of(r, "results.dutiesEur", f -> f.operational().dutiesEur(), true));
	}

	static List<ResultRow> outcomes(Results.OperationResults r) {
		return List.of(
				of(r, "results.cases", f -> f.cases().cases(), false),
				of(r, "results.closed", f -> f.cases().closed(), false),
				of(r, "results.charged", f -> f.cases().charged(), false),
				of(r, "results.convictions", f -> f.cases().convictions(), false),
				of(r, "results.acquittals", f -> f.cases().acquittals(), false),
				of(r, "results.penaltiesEur", f -> f.cases().penaltiesEur(), true),
				of(r, "results.recoveredEur", f -> f.cases().recoveredEur(), true),
				of(r, "results.assetsSeizedEur", f -> f.cases().assetsSeizedEur(), true));
	}

	private static ResultRow of(Results.OperationResults r, String key, Function<Results.Figures, Number> figure,
			boolean euro) {
		var debriefing = r.atDebriefing();
		var added = r.addedSinceDebriefing();
		return new ResultRow(key, figure.apply(r.figures()), debriefing == null ? null : figure.apply(debriefing),
				added == null ? null : figure.apply(added), euro);
	}
}
