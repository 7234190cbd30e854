package eu.jcohub.notifications;

import java.util.List;

/**
 * What a notification says, worded when it is read in the reader's language: the bundle entries
 * {@code <key>.title} and {@code <key>.body}, filled with the arguments (names, numbers, texts already fit for
 * this reader to see).
 */
public record NotificationMessage(String key, List<String> arguments) {

	public NotificationMessage {
		arguments = List.copyOf(arguments);
	}

	public static NotificationMessage of(String key, Object... arguments) {
		return new NotificationMessage(key, java.util.Arrays.stream(arguments).map(String::valueOf).toList());
	}
}
