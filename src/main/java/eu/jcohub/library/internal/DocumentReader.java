package eu.jcohub.library.internal;

import eu.jcohub.library.DocumentFormat;
import eu.jcohub.library.internal.DocumentRefused.Reason;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.xssf.extractor.XSSFExcelExtractor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.springframework.stereotype.Component;

/**
 * Checks that an uploaded file is what its name says, by its content: first its signature (a PDF's header, a
 * zip's), then by reading it through as that format, which also yields its text for search. A file that only
 * looks right (a zip named .pdf, a spreadsheet named .docx, a truncated PDF) is refused.
 */
@Component
public class DocumentReader {

	/** Search reads this much of a document's text; PostgreSQL's text-search vectors are limited in size. */
	static final int MAX_TEXT = 300_000;
	private static final byte[] PDF_HEADER = "%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
	private static final byte[] ZIP = { 'P', 'K', 3, 4 };
	private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0 };
	private static final String DOCX_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
	private static final String XLSX_MAIN = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";

	/** The file's format and text, or {@link DocumentRefused} saying why it is not taken. */
	public ReadDocument read(String fileName, byte[] content) {
		if (content.length == 0) {
			throw new DocumentRefused(Reason.EMPTY, null, "empty file");
		}
		var format = DocumentFormat.claimedBy(fileName)
			.orElseThrow(() -> new DocumentRefused(Reason.TYPE_NOT_ALLOWED, null, "extension not accepted: " + fileName));
		requireSignature(format, content);
		return new ReadDocument(format, SearchText.searchable(textOf(format, content), MAX_TEXT));
	}

	private static void requireSignature(DocumentFormat format, byte[] content) {
		boolean matches = switch (format) {
			case PDF -> indexOf(content, PDF_HEADER, 1024) >= 0;
			case DOCX, XLSX, ODT -> startsWith(content, ZIP);
		};
		if (!matches) {
			var reason = format != DocumentFormat.PDF && startsWith(content, OLE2) ? Reason.PROTECTED_OR_OLD_FORMAT
					: Reason.CONTENT_MISMATCH;
			throw new DocumentRefused(reason, format, "content is not " + format);
		}
	}

	private static String textOf(DocumentFormat format, byte[] content) {
		try {
			return switch (format) {
				case PDF -> pdfText(content);
				case DOCX -> officeText(content, format, DOCX_MAIN);
				case XLSX -> officeText(content, format, XLSX_MAIN);
				case ODT -> OpenDocumentText.read(content);
			};
		}
		catch (DocumentRefused refused) {
			throw refused;
		}
		catch (OpenDocumentText.NotOpenDocumentText notText) {
			throw new DocumentRefused(Reason.CONTENT_MISMATCH, format, notText.getMessage());
		}
		catch (IOException | RuntimeException unreadable) {
			// Parsers signal a damaged file with whatever exception they meet; none of it is the uploader's business.
			throw new DocumentRefused(Reason.UNREADABLE, format, String.valueOf(unreadable.getMessage()));
		}
	}

	private static String pdfText(byte[] content) throws IOException {
		try (var document = Loader.loadPDF(content)) {
			PdfLimits.check(document);
			var stripper = new PDFTextStripper();
			stripper.setEndPage(Math.min(document.getNumberOfPages(), 2000));
			return stripper.getText(document);
		}
		catch (InvalidPasswordException locked) {
			throw new DocumentRefused(Reason.PROTECTED_OR_OLD_FORMAT, DocumentFormat.PDF, "password protected");
		}
	}

	/** A Word document or a workbook: the package's main part must be of the kind its name says. */
	private static String officeText(byte[] content, DocumentFormat format, String mainContentType)
			throws IOException {
		ZipLimits.check(content);
		try (var pkg = OPCPackage.open(new ByteArrayInputStream(content))) {
			var main = pkg.getPartsByRelationshipType(PackageRelationshipTypes.CORE_DOCUMENT);
			if (main.isEmpty() || !mainContentType.equals(main.get(0).getContentType())) {
				throw new DocumentRefused(Reason.CONTENT_MISMATCH, format, "main part is "
						+ (main.isEmpty() ? "missing" : main.get(0).getContentType()));
			}
			if (format == DocumentFormat.DOCX) {
				try (var document = new XWPFDocument(pkg); var extractor = new XWPFWordExtractor(document)) {
					return extractor.getText();
				}
			}
			try (var workbook = new XSSFWorkbook(pkg); var extractor = new XSSFExcelExtractor(workbook)) {
				return extractor.getText();
			}
		}
		catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException notAPackage) {
			throw new DocumentRefused(Reason.CONTENT_MISMATCH, format, "not an Office Open XML package");
		}
	}

	private static boolean startsWith(byte[] content, byte[] prefix) {
		return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
	}

	private static int indexOf(byte[] content, byte[] wanted, int within) {
		int last = Math.min(content.length - wanted.length, within);
		for (int i = 0; i <= last; i++) {
			if (Arrays.equals(content, i, i + wanted.length, wanted, 0, wanted.length)) {
				return i;
			}
		}
		return -1;
	}
}
