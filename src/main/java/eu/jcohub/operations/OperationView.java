package eu.jcohub.operations;

import java.time.LocalDate;
import eu.jcohub.shared.OperationId;
import org.jspecify.annotations.Nullable;

/**
 * An operation as one user may see it. Everyone signed in sees the calendar entry; {@code plan} carries the
 * details only for those allowed to see them ({@code detailsVisible}), and is otherwise reduced to the
 * calendar entry's fields.
 *
 * @param detailsVisible whether the user is in the circle that sees the operation's details and the parts other
 *        modules keep of it (its organiser, participants, role holders and the coordinators)
 * @param readAsPartner whether the user reads the operation only as a police or judicial partner named on it: the
 *        plan is theirs to see, but {@code detailsVisible} stays false, so that a module's part of the operation
 *        stays hidden from them unless that module admits partners itself
 */
public record OperationView(OperationId id, OperationPlan plan, OperationStatus status, String handlingCode,
		LocalDate firstKnown, long version, boolean detailsVisible, boolean changeable, boolean readAsPartner) {

	/** Whether the plan beyond the calendar entry is shown: to the circle, and to the operation's partners. */
	public boolean planVisible() {
		return detailsVisible || readAsPartner;
	}

	public String marking() {
		return eu.jcohub.access.HandlingCode.valueOf(handlingCode).marking();
	}

	public @Nullable String objectivesIfVisible() {
		return detailsVisible ? plan.objectives() : null;
	}
}
