package eu.jcohub.exchange;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * An uploaded file as text: UTF-8 (with or without a byte-order mark), UTF-16 with its byte-order mark, or an
 * iCalendar file in the character set it declares ({@code CHARSET=} as older Outlook versions write); refused
 * (400) when it is empty or binary — NUL bytes, or none of those.
 */
final class UploadedText {

	private UploadedText() {
	}

	static String decode(byte[] bytes) {
		if (bytes.length == 0) {
			throw new IllegalArgumentException("The uploaded file is empty.");
		}
		if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff) {
			return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
		}
		if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe) {
			return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
		}
		for (byte b : bytes) {
			if (b == 0) {
				throw new IllegalArgumentException("The uploaded file is binary, not a CSV or iCalendar text file.");
			}
		}
		try {
			var text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
			return text.startsWith("\uFEFF") ? text.substring(1) : text;
		}
		catch (CharacterCodingException e) {
			var declared = declaredCharset(bytes);
			if (declared.isPresent()) {
				return new String(bytes, declared.get());
			}
			throw new IllegalArgumentException("The uploaded file is not UTF-8 text; save it as CSV (UTF-8) or iCalendar.");
		}
	}

	private static final java.util.regex.Pattern CHARSET = java.util.regex.Pattern.compile(
			";CHARSET=\"?([A-Za-z0-9._-]+)", java.util.regex.Pattern.CASE_INSENSITIVE);

	/** The character set an iCalendar file declares for its texts, if it is one Java knows. */
	private static java.util.Optional<java.nio.charset.Charset> declaredCharset(byte[] bytes) {
		var latin = new String(bytes, StandardCharsets.ISO_8859_1);
		if (!isICalendar(latin)) {
			return java.util.Optional.empty();
		}
		var matcher = CHARSET.matcher(latin);
		if (!matcher.find()) {
			return java.util.Optional.empty();
		}
		try {
			return java.util.Optional.of(java.nio.charset.Charset.forName(matcher.group(1)));
		}
		catch (IllegalArgumentException unknown) {
			return java.util.Optional.empty();
		}
	}

	/** iCalendar by content; anything else is read as CSV. */
	static boolean isICalendar(String text) {
		return text.stripLeading().regionMatches(true, 0, "BEGIN:VCALENDAR", 0, 15);
	}
}
