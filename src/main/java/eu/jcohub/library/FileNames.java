package eu.jcohub.library;

/**
 * An uploaded file's name as the Library shows it: the last part of whatever path the browser sent, one line,
 * at most 200 characters with its extension kept. It names the document for people only; files on disk are named
 * by ids.
 */
final class FileNames {

	static final int MAX = 200;

	private FileNames() {
	}

	static String cleaned(@org.jspecify.annotations.Nullable String name) {
		if (name == null) {
			return "";
		}
		var last = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		var text = last.replaceAll("[\\p{Cntrl}\\uE000\\uE001]", "").replaceAll("\\s+", " ").strip();
		if (text.length() <= MAX) {
			return text;
		}
		int dot = text.lastIndexOf('.');
		var extension = dot > 0 && text.length() - dot <= 10 ? text.substring(dot) : "";
		return text.substring(0, MAX - extension.length() - 1) + "…" + extension;
	}
}
