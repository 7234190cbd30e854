package eu.jcohub.operations;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Which operations to list: any phase between the dates, and each other criterion if given. */
public record OperationFilter(@Nullable LocalDate from, @Nullable LocalDate to, @Nullable String organiser,
		@Nullable String country, @Nullable String riskArea, @Nullable String transportMode,
		@Nullable OperationType type, @Nullable String text) {

	public static OperationFilter between(LocalDate from, LocalDate to) {
		return new OperationFilter(from, to, null, null, null, null, null, null);
	}
}
