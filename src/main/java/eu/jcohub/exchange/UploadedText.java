package eu.jcohub.exchange;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** An uploaded file as text: refused (400) when it is empty or binary — NUL bytes, or not UTF-8. */
final class UploadedText {

	private UploadedText() {
	}

	static String decode(byte[] bytes) {
		if (bytes.length == 0) {
			throw new IllegalArgumentException("The uploaded file is empty.");
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
			throw new IllegalArgumentException("The uploaded file is not UTF-8 text; save it as CSV (UTF-8) or iCalendar.");
		}
	}

	/** iCalendar by content; anything else is read as CSV. */
	static boolean isICalendar(String text) {
		return text.stripLeading().regionMatches(true, 0, "BEGIN:VCALENDAR", 0, 15);
	}
}
