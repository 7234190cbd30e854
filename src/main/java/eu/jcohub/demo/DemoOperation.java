package eu.jcohub.demo;

import eu.jcohub.access.OperationRole;
import eu.jcohub.operations.OperationPlan;
import java.util.Map;

/**
 * One operation of the demo: its plan, the demo account that tables it, and who holds which role on it.
 */
record DemoOperation(OperationPlan plan, String tabledBy, Map<String, OperationRole> roles) {

	DemoOperation {
		roles = Map.copyOf(roles);
	}
}
