package eu.jcohub.exchange;

import eu.jcohub.support.Api;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** A multipart upload of one file plus form fields to the import endpoint. */
final class Upload {

	private static final String BOUNDARY = "jcohub-test-boundary-7f3a";

	private Upload() {
	}

	static Api.Response file(Api api, String path, String fileName, byte[] content, Map<String, String> fields) {
		var body = new ByteArrayOutputStream();
		fields.forEach((name, value) -> write(body, "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name
				+ "\"\r\n\r\n" + value + "\r\n"));
		write(body, "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
		body.writeBytes(content);
		write(body, "\r\n--" + BOUNDARY + "--\r\n");
		return api.post(path, "multipart/form-data; boundary=" + BOUNDARY, body.toByteArray());
	}

	static Api.Response file(Api api, String fileName, String content, Map<String, String> fields) {
		return file(api, "/api/operations/import", fileName, content.getBytes(StandardCharsets.UTF_8), fields);
	}

	private static void write(ByteArrayOutputStream out, String text) {
		out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
	}
}
