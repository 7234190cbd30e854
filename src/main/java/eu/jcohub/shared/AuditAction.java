package eu.jcohub.shared;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Pattern;

/**
 * What was done to a record. The four every module needs are here; a module declares its own actions
 * ({@code RESOLVED}, {@code ANONYMISED} …) next to the code that does them, and their words in its message bundle
 * ({@code audit.action.<code>}). The code is what the trail stores.
 */
public record AuditAction(@JsonValue String code) {

	// Before the constants, which it checks.
	private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");

	public static final AuditAction CREATED = new AuditAction("CREATED");
	public static final AuditAction UPDATED = new AuditAction("UPDATED");
	public static final AuditAction READ = new AuditAction("READ");
	public static final AuditAction DELETED = new AuditAction("DELETED");

	public AuditAction {
		if (code == null || !CODE.matcher(code).matches()) {
			throw new IllegalArgumentException("an audit action is written in upper case with underscores: " + code);
		}
	}

	@Override
	public String toString() {
		return code;
	}
}
