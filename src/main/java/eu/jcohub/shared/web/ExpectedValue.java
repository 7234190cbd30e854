package eu.jcohub.shared.web;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** What a field of a type must look like, said to the person who filled it in (never the type's name). */
final class ExpectedValue {

	private ExpectedValue() {
	}

	/** For a number too large for the field: a whole number has its digits counted, any other is just too large. */
	static String tooLarge(@Nullable Class<?> type) {
		if (type == Integer.class || type == int.class) {
			return "must be a whole number of at most 9 digits";
		}
		if (type == Long.class || type == long.class) {
			return "must be a whole number of at most 18 digits";
		}
		return "is too large";
	}

	static String of(@Nullable Class<?> type) {
		if (type == null) {
			return "has a value of the wrong kind";
		}
		if (type.isEnum()) {
			return "must be one of " + Arrays.stream(type.getEnumConstants()).map(value -> ((Enum<?>) value).name())
				.collect(Collectors.joining(", "));
		}
		if (type == Integer.class || type == int.class || type == Short.class || type == short.class
				|| type == Long.class || type == long.class || type == BigInteger.class) {
			return "must be a whole number";
		}
		if (type == BigDecimal.class || type == Double.class || type == double.class || type == Float.class
				|| type == float.class) {
			return "must be a number, such as 12.5";
		}
		if (type == Boolean.class || type == boolean.class) {
			return "must be true or false";
		}
		if (type == String.class || type == Character.class || type == char.class) {
			return "must be text";
		}
		if (type == LocalDate.class) {
			return "must be a date such as 2025-03-31";
		}
		if (type == Instant.class || type == OffsetDateTime.class || type == ZonedDateTime.class
				|| type == LocalDateTime.class) {
			return "must be a date and time such as 2025-03-31T08:00:00Z";
		}
		if (type == UUID.class) {
			return "must be an identifier such as 3f2c6a80-7d1e-4f5b-9a0c-2b7e1d4c8a90";
		}
		if (type.isArray() || Collection.class.isAssignableFrom(type)) {
			return "must be a list";
		}
		if (Map.class.isAssignableFrom(type) || type.isRecord() || !type.getName().startsWith("java.")) {
			return "must be an object with named fields";
		}
		return "has a value of the wrong kind";
	}
}
