package eu.jcohub.followup.pack;

import java.util.List;

/**
 * A document as the renderers lay it out: a title page, the contents, then the numbered chapters, with the
 * handling marking in the header and footer of every page.
 *
 * @param kind what the document is ("Debriefing pack"), above the title
 * @param facts lines of the title page under the title (organiser, dates, generation)
 * @param footer the footer's text before the page number
 * @param words the renderers' own words: "Contents", "Page {0} of {1}", "Table", "Figure"
 */
public record PackDocument(String kind, String title, List<String> facts, String marking, String footer,
		List<Chapter> chapters, Words words) {

	public PackDocument {
		facts = List.copyOf(facts);
		chapters = List.copyOf(chapters);
	}

	/** The words the layout adds. */
	public record Words(String contents, String pageOf, String table, String figure, String none) {

		public String page(int page, int pages) {
			return pageOf.replace("{0}", String.valueOf(page)).replace("{1}", String.valueOf(pages));
		}
	}
}
