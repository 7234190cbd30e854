package eu.jcohub.seizures.web;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import eu.jcohub.seizures.SeizureView;
import eu.jcohub.shared.pdf.MarkedPdf;
import eu.jcohub.shared.pdf.PdfFonts;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/** One seizure report printed (portrait A4), as its reader may see it, with its handling marking on every page. */
final class SeizureReportPdf {

	private static final Font TITLE = PdfFonts.bold(14);
	private static final Font HEADING = PdfFonts.bold(11);
	private static final Font LABEL = PdfFonts.bold(9);
	private static final Font TEXT = PdfFonts.regular(9);
	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private SeizureReportPdf() {
	}

	static byte[] render(SeizureView report, Function<String, String> goodsName, MessageSource messages, Locale locale,
			LocalDate today) {
		Function<String, String> text = key -> messages.getMessage(key, null, key, locale);
		var out = new ByteArrayOutputStream();
		var document = new Document(PageSize.A4, 40, 40, 48, 48);
		try {
			PdfWriter.getInstance(document, out);
			document.open();
			document.add(new Paragraph(messages.getMessage("seizure.heading", new Object[] { report.reference() }, locale), TITLE));
			document.add(new Paragraph(report.operationName(), TEXT));
			document.add(section(text.apply("seizure.facts")));
			var facts = new LinkedHashMap<String, String>();
			facts.put(text.apply("seizure.seizedOn"), DAY.format(report.seizedOn()));
			facts.put(text.apply("seizure.place"), report.locationCode() != null ? report.locationCode() : value(report.place()));
			facts.put(text.apply("seizure.goodsCategory"), goodsName.apply(report.goodsCategory()));
			facts.put(text.apply("seizure.description"), report.description());
			facts.put(text.apply("seizure.quantity"), report.quantity() == null ? "—"
					: plain(report.quantity()) + " " + value(report.unit()));
			facts.put(text.apply("seizure.estimatedValueEur"), report.estimatedValueEur() == null ? "—"
					: plain(report.estimatedValueEur()) + " EUR");
			facts.put(text.apply("seizure.owner"), report.owner() + ", " + report.reportedBy() + ", "
					+ DAY.format(report.reportedAt().atZone(ZoneOffset.UTC)));
			facts.put(text.apply("seizure.handlingCode"), text.apply("handling." + report.handlingCode().name())
					+ (report.namedOrganisations().isEmpty() ? "" : ": " + String.join(", ", report.namedOrganisations())));
			document.add(table(facts));
			document.add(section(text.apply("seizure.subject")));
			if (report.personalDataVisible()) {
				var subject = report.subject();
				var persons = new LinkedHashMap<String, String>();
				persons.put(text.apply("seizure.personName"), value(subject.personName()));
				persons.put(text.apply("seizure.personBirthDate"),
						subject.personBirthDate() == null ? "—" : DAY.format(subject.personBirthDate()));
				persons.put(text.apply("seizure.documentNumber"), value(subject.documentNumber()));
				persons.put(text.apply("seizure.companyName"), value(subject.companyName()));
				persons.put(text.apply("seizure.companyRegistrationNumber"), value(subject.companyRegistrationNumber()));
				document.add(table(persons));
			}
			else {
				document.add(new Paragraph(text.apply("seizure.subjectHidden"), TEXT));
			}
			for (var category : report.anonymised()) {
				document.add(new Paragraph(text.apply("seizure.anonymised." + category.name()), TEXT));
			}
			document.close();
		}
		catch (DocumentException e) {
			throw new IllegalStateException("the seizure report could not be laid out", e);
		}
		return MarkedPdf.stamp(out.toByteArray(), report.marking(), today.toString());
	}

	private static Paragraph section(String title) {
		var heading = new Paragraph(title, HEADING);
		heading.setSpacingBefore(12);
		heading.setSpacingAfter(4);
		return heading;
	}

	private static PdfPTable table(Map<String, String> rows) {
		var table = new PdfPTable(new float[] { 1, 2.4f });
		table.setWidthPercentage(100);
		rows.forEach((label, value) -> {
			var left = new PdfPCell(new Phrase(label, LABEL));
			left.setBackgroundColor(new Color(236, 239, 244));
			table.addCell(left);
			table.addCell(new PdfPCell(new Phrase(value, TEXT)));
		});
		return table;
	}

	private static String plain(BigDecimal number) {
		return number.stripTrailingZeros().toPlainString();
	}

	private static String value(@Nullable String text) {
		return text == null ? "—" : text;
	}
}
