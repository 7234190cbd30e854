package eu.jcohub.library.internal;

import eu.jcohub.library.DocumentFormat;
import eu.jcohub.library.internal.DocumentRefused.Reason;
import java.io.IOException;
import java.util.zip.InflaterInputStream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * A PDF's streams are unpacked once while counting, before its text is read: a few megabytes of page content that
 * unpack into gigabytes would hold the server's memory and processor for minutes. Images are left out (reading
 * text never unpacks them, and photographs are large by nature); streams compressed the usual way (Flate) are
 * unpacked as they are counted, and counting stops at the limit.
 */
final class PdfLimits {

	static final long MAX_UNPACKED = 100L * 1024 * 1024;

	private PdfLimits() {
	}

	static void check(PDDocument document) throws IOException {
		long total = 0;
		var pdf = document.getDocument();
		for (var key : pdf.getXrefTable().keySet()) {
			var object = pdf.getObjectFromPool(key).getObject();
			if (object instanceof COSStream stream && !COSName.IMAGE.equals(stream.getCOSName(COSName.SUBTYPE))) {
				total += unpacked(stream, MAX_UNPACKED - total);
			}
		}
	}

	/** The stream's size unpacked, counted up to {@code allowed}; refused beyond it. */
	private static long unpacked(COSStream stream, long allowed) throws IOException {
		var filters = stream.getFilters();
		boolean flate = COSName.FLATE_DECODE.equals(filters) || COSName.FLATE_DECODE_ABBREVIATION.equals(filters);
		long size = 0;
		try (var raw = stream.createRawInputStream();
				var in = flate ? new InflaterInputStream(raw) : raw) {
			var buffer = new byte[64 * 1024];
			for (int read; (read = in.read(buffer)) > 0;) {
				size += read;
				if (size > allowed) {
					throw new DocumentRefused(Reason.UNREADABLE, DocumentFormat.PDF,
							"unpacks to more than " + MAX_UNPACKED + " bytes");
				}
			}
		}
		catch (java.util.zip.ZipException damaged) {
			// A stream that does not inflate is left to the text reader, which copes with what it can read.
			return size;
		}
		return size;
	}
}
