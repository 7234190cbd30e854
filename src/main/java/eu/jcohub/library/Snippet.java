package eu.jcohub.library;

import java.util.ArrayList;
import java.util.List;

/**
 * A passage of text around what a search found, as parts with the matching words marked: a page shows each part as
 * text (escaped), the matches highlighted, so no stored text is ever taken as markup.
 */
public record Snippet(List<Part> parts) {

	public Snippet {
		parts = List.copyOf(parts);
	}

	public record Part(String text, boolean match) {
	}

	/** The snippet as plain text, the matches between the given marks. */
	public String marked(String start, String end) {
		var text = new StringBuilder();
		parts.forEach(part -> text.append(part.match() ? start + part.text() + end : part.text()));
		return text.toString();
	}

	/** Splits a headline whose matches stand between the two marker characters. */
	public static Snippet of(String headline, char start, char end) {
		var parts = new ArrayList<Part>();
		var text = new StringBuilder();
		boolean match = false;
		for (char c : headline.toCharArray()) {
			if (c == start || c == end) {
				if (!text.isEmpty()) {
					parts.add(new Part(text.toString(), match));
					text.setLength(0);
				}
				match = c == start;
			}
			else {
				text.append(c);
			}
		}
		if (!text.isEmpty()) {
			parts.add(new Part(text.toString(), match));
		}
		return new Snippet(parts);
	}
}
