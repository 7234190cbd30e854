package eu.jcohub.funding;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** A code as typed, read as one of an enumeration's values: any case, surrounding spaces ignored. */
final class Codes {

	private Codes() {
	}

	static <E extends Enum<E>> Optional<E> parse(Class<E> type, @Nullable String code) {
		if (code == null) {
			return Optional.empty();
		}
		var wanted = code.strip().toUpperCase(Locale.ROOT);
		return Arrays.stream(type.getEnumConstants()).filter(value -> value.name().equals(wanted)).findFirst();
	}
}
