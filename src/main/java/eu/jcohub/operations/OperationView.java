package eu.jcohub.operations;

import java.time.LocalDate;
import eu.jcohub.shared.OperationId;
import org.jspecify.annotations.Nullable;

/**
 * An operation as one user may see it. Everyone signed in sees the calendar entry; {@code plan} carries the
 * details only for those allowed to see them ({@code detailsVisible}), and is otherwise reduced to the
 * calendar entry's fields.
 */
public record OperationView(OperationId id, OperationPlan plan, OperationStatus status, String handlingCode,
		LocalDate firstKnown, long version, boolean detailsVisible, boolean changeable) {

	public String marking() {
		return eu.jcohub.access.HandlingCode.valueOf(handlingCode).marking();
	}

	public @Nullable String objectivesIfVisible() {
		return detailsVisible ? plan.objectives() : null;
	}
}
