package eu.jcohub.followup;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Recommendations that recur: the same addressee, worded alike. A recommendation made again and again is one that
 * nobody implements, so the file flags it.
 * <p>
 * The measure is deliberately simple, so that anyone can check it by hand: each text is reduced to its content
 * words (letters and digits, four characters or more, not in a short list of common words), each cut to its first
 * {@value #STEM} characters so that "facilitate" and "facilitation" count as one word; two texts are alike when the
 * Dice coefficient of these sets, 2·|A∩B| / (|A| + |B|), is at least {@value #THRESHOLD}.
 */
public final class Recurrence {

	static final int STEM = 6;
	static final double THRESHOLD = 0.6;
	private static final int SHORTEST = 4;
	private static final Set<String> COMMON = Set.of("that", "this", "with", "from", "into", "which", "where", "their",
			"there", "these", "those", "should", "would", "could", "been", "have", "were", "more", "most", "other",
			"also", "such", "than", "then", "them", "they", "will", "shall", "order", "make", "made");

	private Recurrence() {
	}

	/** The Dice coefficient of the two texts' content words, from 0 (nothing shared) to 1 (the same words). */
	public static double similarity(String a, String b) {
		var left = words(a);
		var right = words(b);
		if (left.isEmpty() || right.isEmpty()) {
			return 0;
		}
		long shared = left.stream().filter(right::contains).count();
		return 2.0 * shared / (left.size() + right.size());
	}

	public static boolean alike(String a, String b) {
		return similarity(a, b) >= THRESHOLD;
	}

	/** For each recommendation, the others to the same addressee worded alike (none: not recurring). */
	static Map<UUID, List<UUID>> among(Collection<Recommendation> recommendations) {
		var byAddressee = new HashMap<String, List<Recommendation>>();
		recommendations.forEach(r -> byAddressee.computeIfAbsent(r.addressee(), key -> new ArrayList<>()).add(r));
		var words = new HashMap<UUID, Set<String>>();
		recommendations.forEach(r -> words.put(r.id(), words(r.text())));
		var recurring = new HashMap<UUID, List<UUID>>();
		for (var group : byAddressee.values()) {
			for (var one : group) {
				var similar = new ArrayList<UUID>();
				for (var other : group) {
					if (!other.id().equals(one.id()) && dice(words.get(one.id()), words.get(other.id())) >= THRESHOLD) {
						similar.add(other.id());
					}
				}
				recurring.put(one.id(), similar);
			}
		}
		return recurring;
	}

	private static double dice(Set<String> left, Set<String> right) {
		if (left.isEmpty() || right.isEmpty()) {
			return 0;
		}
		long shared = left.stream().filter(right::contains).count();
		return 2.0 * shared / (left.size() + right.size());
	}

	static Set<String> words(String text) {
		var plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
		var words = new TreeSet<String>();
		for (var word : plain.split("[^\\p{L}\\p{N}]+")) {
			if (word.length() >= SHORTEST && !COMMON.contains(word)) {
				words.add(word.length() > STEM ? word.substring(0, STEM) : word);
			}
		}
		return words;
	}
}
