package eu.jcohub.deconfliction.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns codes (countries, organisations, risk areas, modes, locations) into small integers so that the
 * index compares numbers, and knows each code's parent (cigarettes → tobacco, a port → its country) and its
 * display name for explanations. Thread-safe; codes are added as they are first seen.
 */
public final class Vocabulary {

	private final Map<String, Integer> ids = new HashMap<>();
	private final List<String> codes = new ArrayList<>();
	private final List<String> names = new ArrayList<>();
	private final List<String> lowerCaseNames = new ArrayList<>();
	private volatile int[] parents = new int[64];

	public Vocabulary() {
		Arrays.fill(parents, -1);
	}

	/** Declares a code with its display name and parent code (or null). */
	public synchronized int define(String code, String name, String parent) {
		int id = intern(code);
		names.set(id, name);
		lowerCaseNames.set(id, name.toLowerCase(java.util.Locale.ENGLISH));
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
		int next = codes.size();
		ids.put(code, next);
		codes.add(code);
		names.add(code);
		lowerCaseNames.add(code.toLowerCase(java.util.Locale.ENGLISH));
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

	public synchronized String code(int id) {
		return codes.get(id);
	}

	public synchronized String name(int id) {
		return names.get(id);
	}

	public synchronized String lowerCaseName(int id) {
		return lowerCaseNames.get(id);
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
