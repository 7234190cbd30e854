package eu.jcohub.reference;

import java.util.Arrays;
import java.util.Optional;

/** The lists published under {@code /api/reference/{kind}}. */
public enum ReferenceKind {
	COUNTRIES("countries"), ORGANISATIONS("organisations"), RISK_AREAS("risk-areas"),
	TRANSPORT_MODES("transport-modes"), LOCATIONS("locations");

	private final String path;

	ReferenceKind(String path) {
		this.path = path;
	}

	public String path() {
		return path;
	}

	public static Optional<ReferenceKind> fromPath(String path) {
		return Arrays.stream(values()).filter(kind -> kind.path.equalsIgnoreCase(path)).findFirst();
	}
}
