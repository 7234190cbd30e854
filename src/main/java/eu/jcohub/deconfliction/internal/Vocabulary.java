package eu.jcohub.deconfliction.internal;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Turns codes (countries, organisations, risk areas, modes, locations) into small integers so that the
 * index compares numbers, and knows each code's parent (cigarettes → tobacco, a port → its country) and its
 * display name for explanations. Thread-safe; codes are added as they are first seen.
 */
public final class Vocabulary {

	private final Map<String, Integer> ids = new HashMap<>();
	/**
	 * Codes, names and parents by id, read without a lock (explaining a conflict reads many): written under the
	 * lock, each write followed by a write of the field, which publishes it.
	 */
	private volatile String[] codes = new String[0];
	private volatile String[] names = new String[0];
	private volatile String[] lowerCaseNames = new String[0];
	private volatile int[] parents = new int[64];

	public Vocabulary() {
		Arrays.fill(parents, -1);
	}

	/** Declares a code with its display name and parent code (or null). */
	public synchronized int define(String code, String name, String parent) {
		int id = intern(code);
		names = with(names, id, name);
		lowerCaseNames = with(lowerCaseNames, id, name.toLowerCase(java.util.Locale.ENGLISH));
		if (parent != null) {
			int parentId = intern(parent);
			var table = Arrays.copyOf(parents, parents.length);
			table[id] = parentId;
			parents = table;
		}
		return id;
	}

	public synchronized int intern(String code) {
		var id = ids.get(code);
		if (id != null) {
			return id;
		}
		int next = ids.size();
		ids.put(code, next);
		codes = with(codes, next, code);
		names = with(names, next, code);
		lowerCaseNames = with(lowerCaseNames, next, code.toLowerCase(java.util.Locale.ENGLISH));
		if (next >= parents.length) {
			int old = parents.length;
			var table = Arrays.copyOf(parents, old * 2);
			Arrays.fill(table, old, table.length, -1);
			parents = table;
		}
		return next;
	}

	/** The sorted, distinct ids of the codes. */
	public int[] internAll(Collection<String> values) {
		return values.stream().mapToInt(this::intern).distinct().sorted().toArray();
	}

	public String code(int id) {
		return codes[id];
	}

	public String name(int id) {
		return names[id];
	}

	public String lowerCaseName(int id) {
		return lowerCaseNames[id];
	}

	/**
	 * {@code table} with {@code value} at {@code index}: the same array while it has room (the caller's write of the
	 * field publishes the value to readers), else a copy twice as long. A reader learns an id only after it was
	 * added, and a name replaced in place is read either before or after: never a torn value.
	 */
	private static String[] with(String[] table, int index, String value) {
		var result = index < table.length ? table : Arrays.copyOf(table, Math.max(64, table.length * 2));
		result[index] = value;
		return result;
	}

	int parent(int id) {
		var table = parents;
		return id < table.length ? table[id] : -1;
	}

	/** Whether two codes mean the same thing or one contains the other. */
	boolean related(int a, int b) {
		return a == b || parent(a) == b || parent(b) == a;
	}
}
