package eu.jcohub.support.matrix;

import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/** One concrete request of the access matrix: a path with the scenario's ids, and a valid body where one is needed. */
public record MatrixRequest(String path, @Nullable String contentType, byte @Nullable [] body) {

	public static MatrixRequest get(String path) {
		return new MatrixRequest(path, null, null);
	}

	public static MatrixRequest json(String path, String json) {
		return new MatrixRequest(path, "application/json", json.getBytes(StandardCharsets.UTF_8));
	}

	public static MatrixRequest form(String path, String form) {
		return new MatrixRequest(path, "application/x-www-form-urlencoded", form.getBytes(StandardCharsets.UTF_8));
	}

	/** A multipart upload of one file in the field {@code file}. */
	public static MatrixRequest upload(String path, String fileName, String contentType, String content) {
		var boundary = "matrix-boundary";
		var text = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
				+ "Content-Type: " + contentType + "\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
		return new MatrixRequest(path, "multipart/form-data; boundary=" + boundary, text.getBytes(StandardCharsets.UTF_8));
	}
}
