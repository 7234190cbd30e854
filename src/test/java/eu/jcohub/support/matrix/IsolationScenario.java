package eu.jcohub.support.matrix;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationContext;

/**
 * The isolation test's scenario: operation A, whose participant reads everything, and operation B, which
 * conflicts with A and whose details, records and personal data the reader must never see. Each module's
 * {@link IsolationPart} adds B's records with secrets of its own.
 */
public final class IsolationScenario {

	private final ApplicationContext context;
	private final int port;
	private final Map<String, String> records = new HashMap<>();
	private final List<String> secrets = new ArrayList<>();

	public IsolationScenario(ApplicationContext context, int port) {
		this.context = context;
		this.port = port;
	}

	public <T> T bean(Class<T> type) {
		return context.getBean(type);
	}

	public int port() {
		return port;
	}

	public void name(String name, String id) {
		records.put(name, id);
	}

	public String id(String name) {
		var id = records.get(name);
		if (id == null) {
			throw new IllegalStateException("The isolation scenario has no record " + name);
		}
		return id;
	}

	/** A text that appears only in B's protected data: found in any answer to the reader, it is a leak. */
	public void secret(String secret) {
		secrets.add(secret);
	}

	public List<String> secrets() {
		return List.copyOf(secrets);
	}
}
