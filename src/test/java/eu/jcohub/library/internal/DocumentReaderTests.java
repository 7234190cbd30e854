package eu.jcohub.library.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.jcohub.library.DocumentFormat;
import eu.jcohub.library.TestDocuments;
import eu.jcohub.library.internal.DocumentRefused.Reason;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** A file is taken only when its content is what its name says, and its text is read for search. */
class DocumentReaderTests {

	private final DocumentReader reader = new DocumentReader();

	@Test
	void readsTheTextOfEachAcceptedFormat() {
		assertThat(reader.read("report.pdf", TestDocuments.pdf("Tachograph fraud on the ferry line")))
			.isEqualTo(new ReadDocument(DocumentFormat.PDF, "Tachograph fraud on the ferry line"));
		assertThat(reader.read("Report.DOCX", TestDocuments.docx("Reefer containers at Antwerp")).text())
			.isEqualTo("Reefer containers at Antwerp");
		assertThat(reader.read("figures.xlsx", TestDocuments.xlsx("Seizures per border point")))
			.extracting(ReadDocument::format, document -> document.text().contains("Seizures per border point"))
			.containsExactly(DocumentFormat.XLSX, true);
		assertThat(reader.read("evaluation.odt", TestDocuments.odt("Scanner images were shared &lt;b&gt;daily&lt;/b&gt;")))
			.isEqualTo(new ReadDocument(DocumentFormat.ODT, "Final report Scanner images were shared <b>daily</b>"));
	}

	@Test
	void keepsTheTextOnOneLineWithoutWhatTheDatabaseCannotStore() {
		assertThat(SearchText.searchable(" First\tline\r\nSecond\u0000line \uE000marked\uE001 ", 100))
			.isEqualTo("First line Second line marked");
		assertThat(SearchText.searchable("abcdef", 4)).isEqualTo("abcd");
		assertThat(SearchText.searchable("ab\uD83D\uDE00", 3)).as("never half a character").isEqualTo("ab");
	}

	@Test
	void refusesAFileWhoseContentIsNotWhatItsNameSays() {
		refused(() -> reader.read("report.pdf", TestDocuments.docx("a zip named .pdf")), Reason.CONTENT_MISMATCH);
		refused(() -> reader.read("report.docx", TestDocuments.xlsx("a workbook named .docx")), Reason.CONTENT_MISMATCH);
		refused(() -> reader.read("figures.xlsx", TestDocuments.docx("a document named .xlsx")), Reason.CONTENT_MISMATCH);
		refused(() -> reader.read("report.docx", TestDocuments.pdf("a PDF named .docx")), Reason.CONTENT_MISMATCH);
		refused(() -> reader.read("report.odt", TestDocuments.docx("a Word file named .odt")), Reason.CONTENT_MISMATCH);
		refused(() -> reader.read("report.odt", TestDocuments.zip(Map.of("mimetype",
				"application/vnd.oasis.opendocument.spreadsheet"), "<x/>")), Reason.CONTENT_MISMATCH);
		refused(() -> reader.read("report.pdf", "MZ\u0090\u0000 an executable".getBytes(StandardCharsets.ISO_8859_1)),
				Reason.CONTENT_MISMATCH);
	}

	@Test
	void refusesNamesOfOtherKinds() {
		for (var name : new String[] { "report.exe", "report.doc", "report.html", "report.pdf.js", "report" }) {
			refused(() -> reader.read(name, TestDocuments.pdf("text")), Reason.TYPE_NOT_ALLOWED);
		}
	}

	@Test
	void refusesAnEmptyFile() {
		refused(() -> reader.read("report.pdf", new byte[0]), Reason.EMPTY);
	}

	@Test
	void refusesADamagedFileThatOnlyStartsRight() {
		var pdf = TestDocuments.pdf("A whole report");
		refused(() -> reader.read("report.pdf", Arrays.copyOf(pdf, 40)), Reason.UNREADABLE);
		var docx = TestDocuments.docx("A whole report");
		refused(() -> reader.read("report.docx", Arrays.copyOf(docx, docx.length / 2)), Reason.UNREADABLE);
	}

	@Test
	void refusesOldOfficeFilesAndPasswordProtectedOnes() {
		var ole2 = new byte[512];
		ole2[0] = (byte) 0xD0;
		ole2[1] = (byte) 0xCF;
		ole2[2] = 0x11;
		ole2[3] = (byte) 0xE0;
		refused(() -> reader.read("report.docx", ole2), Reason.PROTECTED_OR_OLD_FORMAT);
		refused(() -> reader.read("report.pdf", lockedPdf()), Reason.PROTECTED_OR_OLD_FORMAT);
	}

	@Test
	void refusesAnArchiveThatUnpacksToFarMoreThanItWeighs() throws Exception {
		var out = new ByteArrayOutputStream();
		try (var zip = new ZipOutputStream(out)) {
			var mimetype = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
			zip.putNextEntry(new ZipEntry("mimetype"));
			zip.write(mimetype);
			zip.putNextEntry(new ZipEntry("content.xml"));
			var zeros = new byte[1024 * 1024];
			for (int i = 0; i <= ZipLimits.MAX_UNPACKED / zeros.length; i++) {
				zip.write(zeros);
			}
		}
		assertThat(out.size()).isLessThan(1024 * 1024);
		refused(() -> reader.read("bomb.odt", out.toByteArray()), Reason.UNREADABLE);
	}

	@Test
	void refusesAPdfWhosePageUnpacksToFarMoreThanItWeighs() throws Exception {
		byte[] bomb;
		try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
			var page = new PDPage();
			document.addPage(page);
			var content = new PDStream(document);
			try (var stream = content.createOutputStream(COSName.FLATE_DECODE)) {
				var spaces = new byte[1024 * 1024];
				Arrays.fill(spaces, (byte) ' ');
				for (long written = 0; written <= PdfLimits.MAX_UNPACKED; written += spaces.length) {
					stream.write(spaces);
				}
			}
			page.setContents(content);
			document.save(out);
			bomb = out.toByteArray();
		}
		assertThat(bomb.length).isLessThan(1024 * 1024);
		refused(() -> reader.read("bomb.pdf", bomb), Reason.UNREADABLE);
	}

	@Test
	void readsNoEntityOrDoctypeOfAnOpenDocument() {
		var withEntity = TestDocuments.zip(Map.of("mimetype", "application/vnd.oasis.opendocument.text"), """
				<?xml version="1.0"?>
				<!DOCTYPE x [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
				<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
				  xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><text:p>&secret;</text:p>
				</office:document-content>""");
		refused(() -> reader.read("report.odt", withEntity), Reason.UNREADABLE);
	}

	private static void refused(ThrowingCallable call, Reason reason) {
		assertThatThrownBy(call).isInstanceOfSatisfying(DocumentRefused.class,
				refused -> assertThat(refused.reason()).as(refused.getMessage()).isEqualTo(reason));
	}

	private static byte[] lockedPdf() {
		try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
			document.addPage(new PDPage());
			var policy = new StandardProtectionPolicy("owner", "open-sesame", new AccessPermission());
			policy.setEncryptionKeyLength(128);
			document.protect(policy);
			document.save(out);
			return out.toByteArray();
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}
}
