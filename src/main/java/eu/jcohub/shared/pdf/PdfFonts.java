package eu.jcohub.shared.pdf;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The fonts of every PDF JCO Hub writes: Liberation Sans, embedded with Unicode encoding, so that "Coandă",
 * "Grebņeva" or "Kozłowicz" keep all their letters (the PDF standard fonts know only Western European ones).
 */
public final class PdfFonts {

	public static final BaseFont REGULAR = load("liberation/LiberationSans-Regular.ttf");
	public static final BaseFont BOLD = load("liberation/LiberationSans-Bold.ttf");

	private PdfFonts() {
	}

	public static Font regular(float size) {
		return new Font(REGULAR, size);
	}

	public static Font bold(float size) {
		return new Font(BOLD, size);
	}

	private static BaseFont load(String resource) {
		try {
			return BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
		}
		catch (IOException e) {
			throw new UncheckedIOException("the PDF font " + resource + " is missing", e);
		}
	}
}
