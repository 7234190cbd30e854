package eu.jcohub.exchange;

import java.util.regex.Pattern;

/** Where in an iCalendar file something is written: its line number and the UID of the event around it. */
final class IcsLocation {

	private static final Pattern LINE = Pattern.compile("\\r\\n|\\n|\\r");

	private IcsLocation() {
	}

	/** The line number and event UID, e.g. line 12, event UID abc@example.org, of the first line holding {@code needle} (any case). */
	static String of(String content, String needle) {
		var lines = LINE.split(content, -1);
		var wanted = needle.toUpperCase(java.util.Locale.ROOT);
		for (int i = 0; i < lines.length; i++) {
			if (lines[i].toUpperCase(java.util.Locale.ROOT).replace("\"", "").contains(wanted)) {
				return "line " + (i + 1) + uid(lines, i).map(uid -> ", event UID " + uid).orElse("");
			}
		}
		return "in the file";
	}

	/** The UID of the VEVENT around line {@code at}: it may stand before or after that line. */
	private static java.util.Optional<String> uid(String[] lines, int at) {
		int start = at;
		while (start > 0 && !lines[start].equalsIgnoreCase("BEGIN:VEVENT")) {
			start--;
		}
		if (!lines[start].equalsIgnoreCase("BEGIN:VEVENT")) {
			return java.util.Optional.empty();
		}
		for (int i = start; i < lines.length && !lines[i].equalsIgnoreCase("END:VEVENT"); i++) {
			if (lines[i].regionMatches(true, 0, "UID:", 0, 4)) {
				return java.util.Optional.of(lines[i].substring(4).strip());
			}
		}
		return java.util.Optional.empty();
	}
}
