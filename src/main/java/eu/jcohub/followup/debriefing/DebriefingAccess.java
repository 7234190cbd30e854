package eu.jcohub.followup.debriefing;

import eu.jcohub.access.AccessPolicy;
import eu.jcohub.operations.OperationRegister;
import eu.jcohub.operations.OperationView;
import eu.jcohub.shared.Forbidden;
import eu.jcohub.shared.OperationId;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * Applies {@link DebriefingRules} to an operation. A refusal names no operation: whoever may not read the
 * debriefing does not learn even its title from it.
 */
@Component
public class DebriefingAccess {

	private final OperationRegister operations;
	private final AccessPolicy access;
	private final Clock clock;

	DebriefingAccess(OperationRegister operations, AccessPolicy access, Clock clock) {
		this.operations = operations;
		this.access = access;
		this.clock = clock;
	}

	/** The operation, for those who may read its debriefing; 404 when there is none, 403 otherwise. */
	public OperationView requireRead(OperationId id) {
		var circle = operations.circle(id);
		var visibility = access.visibility();
		var operation = operations.find(id);
		if (!operation.detailsVisible()
				|| !visibility.allows(DebriefingRules.READ, DebriefingRules.recordOf(circle, today()))) {
			throw Forbidden.because(DebriefingRules.READ.refusalKey(), "You may not read this debriefing.");
		}
		return operation;
	}

	public boolean mayRead(OperationId id) {
		try {
			requireRead(id);
			return true;
		}
		catch (Forbidden refused) {
			return false;
		}
	}

	public boolean mayEdit(OperationId id) {
		return access.visibility().allows(DebriefingRules.EDIT,
				DebriefingRules.recordOf(operations.circle(id), today()));
	}

	/** The operation, for those who may keep its debriefing (who may always read it too). */
	public OperationView requireEdit(OperationId id) {
		var operation = requireRead(id);
		if (!mayEdit(id)) {
			throw Forbidden.because(DebriefingRules.EDIT.refusalKey(), "You may not change this debriefing.");
		}
		return operation;
	}

	public String username() {
		return access.currentUser().username();
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}
}
