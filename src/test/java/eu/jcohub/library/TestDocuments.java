package eu.jcohub.library;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import eu.jcohub.shared.pdf.PdfFonts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Real documents of each accepted format made in memory, holding the text a test searches for, and multipart bodies. */
public final class TestDocuments {

	public static final String BOUNDARY = "library-test-boundary-5d1c";

	private TestDocuments() {
	}

	public static byte[] pdf(String... paragraphs) {
		var out = new ByteArrayOutputStream();
		var document = new Document();
		PdfWriter.getInstance(document, out);
		document.open();
		for (var text : paragraphs) {
			document.add(new Paragraph(text, PdfFonts.regular(11)));
		}
		document.close();
		return out.toByteArray();
	}

	public static byte[] docx(String text) {
		try (var document = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
			document.createParagraph().createRun().setText(text);
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public static byte[] xlsx(String text) {
		try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
			workbook.createSheet("Results").createRow(0).createCell(0).setCellValue(text);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** An OpenDocument text: its {@code mimetype} first and stored, then its content. */
	public static byte[] odt(String text) {
		return zip(Map.of("mimetype", "application/vnd.oasis.opendocument.text"), """
				<?xml version="1.0" encoding="UTF-8"?>
				<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
				  xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">
				<office:body><office:text><text:h>Final report</text:h><text:p>%s</text:p></office:text></office:body>
				</office:document-content>""".formatted(text));
	}

	/** A zip archive whose first entry is stored, as OpenDocument wants its mimetype, then content.xml. */
	public static byte[] zip(Map<String, String> first, String contentXml) {
		var out = new ByteArrayOutputStream();
		try (var zip = new ZipOutputStream(out)) {
			for (var entry : first.entrySet()) {
				var bytes = entry.getValue().getBytes(StandardCharsets.US_ASCII);
				var stored = new ZipEntry(entry.getKey());
				stored.setMethod(ZipEntry.STORED);
				stored.setSize(bytes.length);
				var crc = new CRC32();
				crc.update(bytes);
				stored.setCrc(crc.getValue());
				zip.putNextEntry(stored);
				zip.write(bytes);
				zip.closeEntry();
			}
			zip.putNextEntry(new ZipEntry("content.xml"));
			zip.write(contentXml.getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	/** A multipart body with one file in the field {@code file}. */
	public static byte[] multipart(String fileName, byte[] content) {
		var body = new ByteArrayOutputStream();
		var head = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
		body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return body.toByteArray();
	}

	public static String multipartType() {
		return "multipart/form-data; boundary=" + BOUNDARY;
	}
}
