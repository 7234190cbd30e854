package eu.jcohub.seizures;

import eu.jcohub.access.AccessPolicy;
import eu.jcohub.operations.OperationRegister;
import eu.jcohub.shared.DomainRuleViolation;
import eu.jcohub.shared.InvalidInput;
import eu.jcohub.shared.NotFound;
import eu.jcohub.shared.RecordChanged;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Photos attached to a seizure by the reporting administration. A photo is taken only if its content is a JPEG or
 * PNG image (whatever its name or declared type says), up to {@link #MAX_BYTES}, and is stored re-encoded from its
 * pixels: EXIF, GPS and every other metadata of the camera are left behind. Photos are read by whoever may read the
 * report.
 */
@Service
public class Photos {

	/** The largest photo taken, before re-encoding. */
	public static final int MAX_BYTES = 5 * 1024 * 1024;
	/** A phone photo's pixels, at most (larger ones are refused rather than decoded into memory). */
	private static final long MAX_PIXELS = 40_000_000L;
	private static final int MAX_PER_REPORT = 10;
	private final ReportCircles circles;
	private final JdbcClient jdbc;
	private final SeizureStore reports;
	private final OperationRegister operations;
	private final AccessPolicy access;
	private final FieldReports fieldReports;
	private final org.springframework.context.ApplicationEventPublisher events;
	private final Clock clock;

	Photos(JdbcClient jdbc, SeizureStore reports, OperationRegister operations, AccessPolicy access,
			FieldReports fieldReports, org.springframework.context.ApplicationEventPublisher events, Clock clock, ReportCircles circles) {
		this.circles = circles;
		this.jdbc = jdbc;
		this.reports = reports;
		this.operations = operations;
		this.access = access;
		this.fieldReports = fieldReports;
		this.events = events;
		this.clock = clock;
	}

	/** A photo's index line. */
	public record PhotoInfo(UUID id, String contentType, int width, int height, Instant uploadedAt) {
	}

	/** A photo's content. */
	public record Photo(String contentType, byte[] data) {
	}

	/** Refuses (403) whoever may not attach photos to the report (its reporting administration), before the upload is read. */
	public void requireAttach(UUID reportId) {
		var report = reports.find(reportId).orElseThrow(() -> new NotFound("Field report", reportId));
		access.visibility().require(SeizureRules.AMEND,
				circles.protect(report, operations.circle(report.operationId()), LocalDate.now(clock)));
	}

	/** Attaches a photo to a seizure; 422 if it is not a JPEG or PNG image, too large, or the report is a control. */
	@Transactional
	public PhotoInfo attach(UUID reportId, byte[] upload) {
		requireAttach(reportId);
		var report = reports.find(reportId).orElseThrow();
		if (report.field().type() != ReportType.SEIZURE) {
			throw InvalidInput.of("file", "photos are attached to seizures, not to controls");
		}
		if (upload.length == 0) {
			throw InvalidInput.of("file", "choose a photo");
		}
		if (upload.length > MAX_BYTES) {
			throw InvalidInput.of("file", "a photo has at most 5 MB");
		}
		var format = format(upload);
		var image = decode(upload);
		var clean = encode(image, format);
		long count = jdbc.sql("select count(*) from report_photos where report_id = ?").param(reportId)
			.query(Long.class).single();
		if (count >= MAX_PER_REPORT) {
			throw new DomainRuleViolation("A seizure has at most " + MAX_PER_REPORT + " photos.");
		}
		var info = new PhotoInfo(UUID.randomUUID(), "jpeg".equals(format) ? "image/jpeg" : "image/png",
				image.getWidth(), image.getHeight(), Instant.now(clock));
		jdbc.sql("""
				insert into report_photos (id, report_id, content_type, width, height, data, uploaded_by, uploaded_at)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(info.id(), reportId, info.contentType(), info.width(), info.height(), clean,
					access.currentUser().username(), Timestamp.from(info.uploadedAt()))
			.update();
		events.publishEvent(RecordChanged.updated(SeizureAuditVocabulary.SEIZURE_REPORT, reportId.toString(),
				Map.of("photos", String.valueOf(count)), Map.of("photos", String.valueOf(count + 1)))
			.ownedBy(report.owner()).labelled(report.reference()));
		return info;
	}

	/** The report's photos, for whoever may read the report. */
	public List<PhotoInfo> of(UUID reportId) {
		fieldReports.requireRead(reportId);
		return jdbc.sql("select id, content_type, width, height, uploaded_at from report_photos where report_id = ? "
				+ "order by uploaded_at")
			.param(reportId)
			.query((rs, row) -> new PhotoInfo(rs.getObject("id", UUID.class), rs.getString("content_type"),
					rs.getInt("width"), rs.getInt("height"), rs.getTimestamp("uploaded_at").toInstant()))
			.list();
	}

	/** One photo, for whoever may read its report. */
	public Photo photo(UUID photoId) {
		var row = jdbc.sql("select report_id, content_type, data from report_photos where id = ?").param(photoId)
			.query((rs, n) -> Map.entry(rs.getObject("report_id", UUID.class), new Photo(rs.getString("content_type"),
					rs.getBytes("data"))))
			.optional()
			.orElseThrow(() -> new NotFound("Photo", photoId));
		fieldReports.requireRead(row.getKey());
		return row.getValue();
	}

	/** The image format by the content's first bytes, never by its name or declared type. */
	static String format(byte[] data) {
		if (data.length > 3 && (data[0] & 0xff) == 0xff && (data[1] & 0xff) == 0xd8 && (data[2] & 0xff) == 0xff) {
			return "jpeg";
		}
		if (data.length > 8 && (data[0] & 0xff) == 0x89 && data[1] == 'P' && data[2] == 'N' && data[3] == 'G') {
			return "png";
		}
		throw InvalidInput.of("file", "a photo is a JPEG or PNG image");
	}

	private static BufferedImage decode(byte[] data) {
		try (var input = ImageIO.createImageInputStream(new ByteArrayInputStream(data))) {
			var readers = ImageIO.getImageReaders(input);
			if (!readers.hasNext()) {
				throw InvalidInput.of("file", "the photo cannot be read as an image");
			}
			var reader = readers.next();
			try {
				reader.setInput(input, true, true);
				if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
					throw InvalidInput.of("file", "the photo has too many pixels (at most 40 million)");
				}
				var image = reader.read(0);
				// Pixels only: a JPEG with an alpha channel cannot be written back as JPEG.
				var rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
				rgb.createGraphics().drawImage(image, 0, 0, java.awt.Color.WHITE, null);
				return rgb;
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException e) {
			if (e instanceof InvalidInput invalid) {
				throw invalid;
			}
			throw InvalidInput.of("file", "the photo cannot be read as an image");
		}
	}

	private static byte[] encode(BufferedImage image, String format) {
		try {
			var out = new ByteArrayOutputStream();
			if (!ImageIO.write(image, format, out)) {
				throw new IllegalStateException("no writer for " + format);
			}
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}
}
