package eu.jcohub.coordination.web;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import eu.jcohub.coordination.Review;
import eu.jcohub.coordination.Statistics.Line;
import eu.jcohub.shared.pdf.MarkedPdf;
import eu.jcohub.shared.pdf.PdfFonts;
import eu.jcohub.shared.web.Dates;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/** The review of a phase printed (portrait A4), in words, with the operation's handling marking on every page. */
final class ReviewPdf {

	private static final Font TITLE = PdfFonts.bold(14);
	private static final Font HEADING = PdfFonts.bold(11);
	private static final Font HEAD = PdfFonts.bold(8);
	private static final Font TEXT = PdfFonts.regular(9);
	private static final Font CELL = PdfFonts.regular(8);

	private final MessageSource messages;
	private final Locale locale;
	private final NumberFormat percent;

	private ReviewPdf(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
		this.percent = NumberFormat.getPercentInstance(locale);
		percent.setMaximumFractionDigits(1);
	}

	static byte[] render(Review review, MessageSource messages, Dates dates, Locale locale, LocalDate today) {
		return new ReviewPdf(messages, locale).render(review, dates, today);
	}

	private byte[] render(Review review, Dates dates, LocalDate today) {
		var out = new ByteArrayOutputStream();
		var document = new Document(PageSize.A4, 40, 40, 48, 48);
		try {
			PdfWriter.getInstance(document, out);
			document.open();
			document.add(new Paragraph(text("coordination.review.title", review.operationName(), review.phase()), TITLE));
			document.add(new Paragraph(review.closedAt() == null ? text("coordination.review.notClosed")
					: text("coordination.review.closedAt", dates.moment(review.closedAt(), locale)), TEXT));
			var total = review.figures().total();
			document.add(new Paragraph(text("coordination.review.totals", total.controls(), total.seizures(),
					rate(total.hitRate())), TEXT));

			heading(document, "coordination.review.suggestions");
			if (review.profilesWithoutHits().isEmpty() && review.placesWithHighHitRates().isEmpty()) {
				document.add(new Paragraph(text("coordination.review.noSuggestions"), TEXT));
			}
			for (var profile : review.profilesWithoutHits()) {
				document.add(new Paragraph("• " + text("coordination.review.suggest.noHits", profile.name(),
						profile.controls()), TEXT));
			}
			for (var place : review.placesWithHighHitRates()) {
				document.add(new Paragraph("• " + text("coordination.review.suggest.highHitRate", place.label(),
						rate(place.hitRate()), place.controls()), TEXT));
			}

			heading(document, "coordination.review.perProfile");
			var profiles = table(text("coordination.profile"), text("coordination.controls"),
					text("coordination.seizures"), text("coordination.hitRate"));
			review.profiles().forEach(p -> row(profiles, p.name(), String.valueOf(p.controls()),
					String.valueOf(p.seizures()), rate(p.hitRate())));
			addOrNone(document, profiles, review.profiles().isEmpty());

			lines(document, "coordination.review.perLocation", text("coordination.location"), review.figures().perLocation());
			lines(document, "coordination.review.perRiskArea", text("coordination.riskArea"), review.figures().perRiskArea());

			heading(document, "coordination.dropWarnings");
			if (review.figures().dropWarnings().isEmpty()) {
				document.add(new Paragraph(text("coordination.dropWarnings.none"), TEXT));
			}
			for (var drop : review.figures().dropWarnings()) {
				document.add(new Paragraph("• " + text("coordination.dropWarning", drop.locationName(),
						number(drop.baselineSeizuresPerDay()), number(drop.recentSeizuresPerDay()),
						number(drop.recentControlsPerDay()), dates.day(drop.recentFrom(), locale)), TEXT));
			}
			document.close();
		}
		catch (DocumentException e) {
			throw new IllegalStateException("the review could not be laid out", e);
		}
		return MarkedPdf.stamp(out.toByteArray(), review.marking(),
				(page, pages) -> text("coordination.review.footer", dates.day(today, locale), page, pages));
	}

	private void lines(Document document, String heading, String first, List<Line> lines) throws DocumentException {
		heading(document, heading);
		var table = table(first, text("coordination.controls"), text("coordination.seizures"), text("coordination.hitRate"));
		lines.forEach(line -> row(table, line.label(), String.valueOf(line.controls()), String.valueOf(line.seizures()),
				rate(line.hitRate())));
		addOrNone(document, table, lines.isEmpty());
	}

	private void addOrNone(Document document, PdfPTable table, boolean empty) throws DocumentException {
		document.add(empty ? new Paragraph(text("coordination.nothingYet"), TEXT) : table);
	}

	private void heading(Document document, String key) throws DocumentException {
		var paragraph = new Paragraph(text(key), HEADING);
		paragraph.setSpacingBefore(10);
		paragraph.setSpacingAfter(4);
		document.add(paragraph);
	}

	private static PdfPTable table(String... headings) {
		var table = new PdfPTable(new float[] { 4, 1.3f, 1.3f, 1.3f });
		table.setWidthPercentage(100);
		for (var heading : headings) {
			var cell = new PdfPCell(new Phrase(heading, HEAD));
			cell.setHorizontalAlignment(heading.equals(headings[0]) ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT);
			table.addCell(cell);
		}
		table.setHeaderRows(1);
		return table;
	}

	private static void row(PdfPTable table, String... cells) {
		for (int i = 0; i < cells.length; i++) {
			var cell = new PdfPCell(new Phrase(cells[i], CELL));
			cell.setHorizontalAlignment(i == 0 ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT);
			table.addCell(cell);
		}
	}

	private String rate(@Nullable BigDecimal rate) {
		return rate == null ? "—" : percent.format(rate);
	}

	private String number(double value) {
		var format = NumberFormat.getNumberInstance(locale);
		format.setMaximumFractionDigits(1);
		return format.format(value);
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, key, locale);
	}
}
