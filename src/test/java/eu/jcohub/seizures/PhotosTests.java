package eu.jcohub.seizures;

import static eu.jcohub.seizures.FieldReporting.OCU;
import static eu.jcohub.seizures.FieldReporting.OFFICER_DK;
import static eu.jcohub.seizures.FieldReporting.OFFICER_FI;
import static eu.jcohub.seizures.FieldReporting.OFFICER_FI2;
import static eu.jcohub.seizures.FieldReporting.key;
import static org.assertj.core.api.Assertions.assertThat;

import eu.jcohub.access.OperationRoles;
import eu.jcohub.support.Api;
import eu.jcohub.support.IntegrationTest;
import eu.jcohub.support.TestAccounts;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Photos of a seizure: taken by content, not by name, from the reporting administration only, and stored without the
 * camera's metadata.
 */
@IntegrationTest
class PhotosTests {

	private static final String BOUNDARY = "----jcohub-photo-test";
	private static final String GPS = "GPS-60.1699N-24.9384E-SECRET";

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	OperationRoles roles;

	@Autowired
	JdbcClient jdbc;

	private FieldReporting operation;

	@BeforeEach
	void runningOperation() {
		operation = FieldReporting.running(port, accounts, roles, jdbc);
	}

	@Test
	void aPhotoIsStoredWithoutItsCameraMetadataAndReadByThoseWhoReadTheReport() throws Exception {
		var seizure = operation.seizure(OFFICER_FI, key(), "");
		var upload = jpegWithExif();
		assertThat(new String(upload, StandardCharsets.ISO_8859_1)).contains(GPS, "Exif");
		var attached = upload(OFFICER_FI2, seizure, "evidence.jpg", upload);
		assertThat(attached.status()).as(attached.body()).isEqualTo(201);
		var photoId = attached.json().get("id").asText();

		var stored = operation.api(OCU).get("/api/photos/" + photoId);
		assertThat(stored.status()).isEqualTo(200);
		assertThat(stored.contentType()).isEqualTo("image/jpeg");
		var text = new String(stored.bytes(), StandardCharsets.ISO_8859_1);
		assertThat(text).doesNotContain(GPS).doesNotContain("Exif");
		assertThat(ImageIO.read(new java.io.ByteArrayInputStream(stored.bytes())).getWidth()).isEqualTo(64);
		assertThat(operation.api(OFFICER_DK).get("/api/photos/" + photoId).status()).isEqualTo(403);
		assertThat(operation.api(OFFICER_FI).get("/api/reports/" + seizure + "/photos").json()).hasSize(1);
	}

	@Test
	void aFileThatIsNotAnImageAControlsPhotoAndAnotherAdministrationAreRefused() {
		var seizure = operation.seizure(OFFICER_FI, key(), "");
		var text = upload(OFFICER_FI, seizure, "photo.jpg", "<html>not an image</html>".getBytes(StandardCharsets.UTF_8));
		assertThat(text.status()).isEqualTo(422);
		assertThat(text.json().get("errors").get("file").asText()).contains("JPEG or PNG");
		assertThat(upload(OFFICER_DK, seizure, "a.jpg", jpegWithExif()).status()).isEqualTo(403);
		var control = operation.submit(OFFICER_FI, key(), """
				{"type":"CONTROL","location":"FIHEL","controlledKind":"VEHICLES","controlledCount":3,
				 "result":"NOTHING_FOUND"}""").json().get("id").asText();
		assertThat(upload(OFFICER_FI, control, "a.jpg", jpegWithExif()).json().get("errors").get("file").asText())
			.contains("not to controls");
		var tooLarge = upload(OFFICER_FI, seizure, "big.jpg", new byte[Photos.MAX_BYTES + 1]);
		assertThat(tooLarge.status()).isIn(413, 422);
		assertThat(jdbc.sql("select count(*) from report_photos where report_id = ?::uuid").param(seizure)
			.query(Long.class).single()).isZero();
	}

	private Api.Response upload(String user, String reportId, String name, byte[] content) {
		var out = new ByteArrayOutputStream();
		out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
				+ "\"\r\nContent-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		out.writeBytes(content);
		out.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return operation.api(user).post("/api/reports/" + reportId + "/photos",
				"multipart/form-data; boundary=" + BOUNDARY, out.toByteArray());
	}

	/** A small JPEG carrying an EXIF segment (APP1) right after its start, with a location in it. */
	private static byte[] jpegWithExif() {
		try {
			var image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
			var plain = new ByteArrayOutputStream();
			ImageIO.write(image, "jpeg", plain);
			var bytes = plain.toByteArray();
			var payload = ("Exif\0\0MM\0*\0\0\0\b" + GPS).getBytes(StandardCharsets.ISO_8859_1);
			var out = new ByteArrayOutputStream();
			out.write(bytes, 0, 2);
			out.write(0xff);
			out.write(0xe1);
			int length = payload.length + 2;
			out.write(length >> 8);
			out.write(length & 0xff);
			out.writeBytes(payload);
			out.write(bytes, 2, bytes.length - 2);
			return out.toByteArray();
		}
		catch (java.io.IOException e) {
			throw new IllegalStateException(e);
		}
	}
}
