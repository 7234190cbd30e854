package eu.jcohub.support.matrix;

import eu.jcohub.access.Role;
import eu.jcohub.support.TestAccounts;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.springframework.context.ApplicationContext;

/**
 * The access matrix's scenario, shared by every module's {@link MatrixPart}: the users of the columns, the records
 * each module created (by name: {@code S}, {@code S2}, {@code P}, {@code R} …) and a secret that appears only in
 * the details of {@code S} and in the person of {@code R}.
 */
public final class MatrixScenario {

	public static final String SECRET = "MATRIX-SECRET-7731";
	/** The columns: username, organisation and role of each kind of user. */
	public static final Map<String, String[]> USERS = new LinkedHashMap<>();
	static {
		USERS.put("secretariat", new String[] { "m.secretariat", "CCWP", "SECRETARIAT" });
		USERS.put("leader", new String[] { "m.leader", "DK-CUSTOMS", "OPERATION_LEADER" });
		USERS.put("participant", new String[] { "m.participant", "FI-CUSTOMS", "NATIONAL_COORDINATOR" });
		USERS.put("outsider", new String[] { "m.outsider", "PT-CUSTOMS", "NATIONAL_COORDINATOR" });
		USERS.put("officer", new String[] { "m.officer", "FI-CUSTOMS", "FIELD_OFFICER" });
		USERS.put("observer", new String[] { "m.observer", "FRONTEX", "PARTNER_OBSERVER" });
		USERS.put("admin", new String[] { "m.admin", "JCOHUB", "ADMIN" });
	}
	public static final String LEADER = "m.leader";

	private final ApplicationContext context;
	private final TestAccounts accounts;
	private final Map<String, Object> records = new HashMap<>();
	private final AtomicInteger counter = new AtomicInteger();

	public MatrixScenario(ApplicationContext context, TestAccounts accounts) {
		this.context = context;
		this.accounts = accounts;
		USERS.values().forEach(u -> accounts.ensure(u[0], u[1], Role.valueOf(u[2])));
		accounts.admin(USERS.get("admin")[0]);
	}

	public <T> T bean(Class<T> type) {
		return context.getBean(type);
	}

	public TestAccounts accounts() {
		return accounts;
	}

	/** Runs the work as the user, as a service call of theirs would. */
	public <T> T as(String username, Supplier<T> work) {
		return accounts.as(username, work::get);
	}

	public void name(String name, Object id) {
		records.put(name, id);
	}

	/** The id of a named record, as it appears in paths. */
	public String id(String name) {
		var id = records.get(name);
		if (id == null) {
			throw new IllegalStateException("The matrix scenario has no record " + name);
		}
		return id.toString();
	}

	/** A number used once, for names that must be unique. */
	public int next() {
		return counter.incrementAndGet();
	}
}
