package eu.jcohub.planning;

import java.util.Arrays;
import java.util.List;

/**
 * Why a lifecycle step is refused: a message key of the refusing module's bundle and its arguments (names, counts,
 * texts the user may see), worded in the reader's language.
 */
public record Refusal(String key, List<String> arguments) {

	public Refusal {
		arguments = List.copyOf(arguments);
	}

	public static Refusal of(String key, Object... arguments) {
		return new Refusal(key, Arrays.stream(arguments).map(String::valueOf).toList());
	}
}
