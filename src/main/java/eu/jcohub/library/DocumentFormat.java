package eu.jcohub.library;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of document the Library keeps: what final reports, evaluations and statistics are written in. A file
 * is accepted only when its name says one of them and its content is one.
 */
public enum DocumentFormat {

	PDF("pdf", "application/pdf"),
	DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
	XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
	ODT("odt", "application/vnd.oasis.opendocument.text");

	private final String extension;
	private final String mediaType;

	DocumentFormat(String extension, String mediaType) {
		this.extension = extension;
		this.mediaType = mediaType;
	}

	public String extension() {
		return extension;
	}

	/** What the file is sent as on download: from its checked format, never from what the uploader's browser said. */
	public String mediaType() {
		return mediaType;
	}

	/** The format a file name claims by its extension. */
	public static Optional<DocumentFormat> claimedBy(String fileName) {
		int dot = fileName.lastIndexOf('.');
		if (dot < 0) {
			return Optional.empty();
		}
		var extension = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
		return Arrays.stream(values()).filter(format -> format.extension.equals(extension)).findFirst();
	}
}
