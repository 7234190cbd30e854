package eu.jcohub.exchange;

import eu.jcohub.operations.OperationFilter;
import eu.jcohub.operations.OperationType;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** The filters of {@code GET /api/operations}, shared by the exports. */
final class OperationsQuery {

	private OperationsQuery() {
	}

	static OperationFilter filter(@Nullable LocalDate from, @Nullable LocalDate to, @Nullable String organiser,
			@Nullable String country, @Nullable String riskArea, @Nullable OperationType type) {
		if (from != null && to != null && to.isBefore(from)) {
			throw new IllegalArgumentException("'to' (" + to + ") is before 'from' (" + from + ")");
		}
		return new OperationFilter(from, to, organiser, country, riskArea, null, type, null);
	}
}
