package eu.jcohub.cooperation;

import java.util.List;

/**
 * What a request for a special form between two member states takes, in words written from both states' entries.
 *
 * @param title e.g. Controlled delivery from Germany to Poland
 * @param requesting what applies in the requesting state
 * @param requested what applies in the requested state
 * @param complete whether both states have an entry
 * @param demonstration whether an entry used is demonstration data (not legal advice)
 */
public record Guidance(int article, String from, String to, String title, List<String> requesting,
		List<String> requested, boolean complete, boolean demonstration) {

	public Guidance {
		requesting = List.copyOf(requesting);
		requested = List.copyOf(requested);
	}

	/** The whole guidance as one text. */
	public String text() {
		return title + ": " + String.join(" ", requesting) + " " + String.join(" ", requested);
	}
}
