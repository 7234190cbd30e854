package eu.jcohub.analytics;

import eu.jcohub.support.matrix.IsolationPart;
import eu.jcohub.support.matrix.IsolationScenario;
import eu.jcohub.support.matrix.MatrixPart;
import eu.jcohub.support.matrix.MatrixRequest;
import eu.jcohub.support.matrix.MatrixScenario;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Matrix: the overview, the download of its participation chart, the open data, the annual report of 2026 and the
 * share of Danish customs. Isolation: the
 * share of B's organiser (German customs) and the download of the chart that names the most (participation),
 * and the open data around this year, read by A's participant: aggregates only, so none of B's secrets.
 */
class AnalyticsMatrixPart implements MatrixPart, IsolationPart {

	@Override
	public Optional<MatrixRequest> request(String method, String pattern, MatrixScenario scenario,
			@Nullable String caller) {
		return Optional.ofNullable(switch (method + " " + pattern) {
			case "GET /api/analytics/overview/{chart}.csv" -> MatrixRequest.get("/api/analytics/overview/participation.csv");
			case "GET /api/analytics/open-data", "GET /api/analytics/open-data.csv" ->
				MatrixRequest.get(pattern + "?from=2025&to=2027");
			case "GET /api/analytics/annual-report/{year}.pdf", "GET /api/analytics/annual-report/{year}.xlsx" ->
				MatrixRequest.get(pattern.replace("{year}", "2026"));
			case "GET /api/analytics/administrations/{code}", "GET /analytics/administrations/{code}" ->
				MatrixRequest.get(pattern.replace("{code}", "DK-CUSTOMS"));
			default -> null;
		});
	}

	@Override
	public Optional<String> path(String pattern, IsolationScenario scenario) {
		return Optional.ofNullable(switch (pattern) {
			case "/api/analytics/overview/{chart}.csv" -> "/api/analytics/overview/participation.csv";
			// B's operation's year: its aggregates are counted for the outsider only as calendar figures.
			case "/api/analytics/open-data", "/api/analytics/open-data.csv" -> pattern + "?from="
					+ (java.time.LocalDate.now().getYear() - 1) + "&to=" + (java.time.LocalDate.now().getYear() + 1);
			case "/api/analytics/annual-report/{year}.pdf", "/api/analytics/annual-report/{year}.xlsx" ->
				pattern.replace("{year}", String.valueOf(java.time.LocalDate.now().getYear()));
			case "/api/analytics/administrations/{code}", "/analytics/administrations/{code}" ->
				pattern.replace("{code}", "DE-CUSTOMS");
			default -> null;
		});
	}
}
