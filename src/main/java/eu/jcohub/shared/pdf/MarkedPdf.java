package eu.jcohub.shared.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfStamper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Stamps every page of a laid-out PDF with its handling marking (top and bottom), when it was generated and
 * "page i of n", which needs the page count and so comes as a second pass.
 */
public final class MarkedPdf {

	private MarkedPdf() {
	}

	public static byte[] stamp(byte[] pdf, String marking, String generated) {
		return stamp(pdf, marking, (page, pages) -> "Generated " + generated + " · Page " + page + " of " + pages);
	}

	/** The footer of each page, in the reader's words. */
	@FunctionalInterface
	public interface Footer {

		String text(int page, int pages);
	}

	public static byte[] stamp(byte[] pdf, String marking, Footer footer) {
		var out = new ByteArrayOutputStream();
		try (var reader = new PdfReader(pdf)) {
			var stamper = new PdfStamper(reader, out);
			int pages = reader.getNumberOfPages();
			for (int page = 1; page <= pages; page++) {
				var size = reader.getPageSize(page);
				var canvas = stamper.getOverContent(page);
				var mark = new Phrase(marking, PdfFonts.bold(8));
				ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER, mark, size.getWidth() / 2, size.getHeight() - 24, 0);
				ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER, mark, size.getWidth() / 2, 14, 0);
				var line = new Phrase(footer.text(page, pages), PdfFonts.regular(7));
				ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT, line, size.getWidth() - 28, 26, 0);
			}
			stamper.close();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (DocumentException e) {
			throw new IllegalStateException("the PDF could not be stamped", e);
		}
		return out.toByteArray();
	}
}
