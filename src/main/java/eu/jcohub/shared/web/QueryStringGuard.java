package eu.jcohub.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import eu.jcohub.shared.Texts;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads the query string (and a posted form) before anything else does, and refuses what cannot be read: a
 * malformed percent-encoding or bytes that are not UTF-8. Left alone, the server would find these only when a
 * parameter is first asked for, deep inside some filter or controller, as a server error. The API also refuses a
 * value longer than any field of the application and the NUL character (no text can be stored with it); pages
 * pass those on to their forms, which say next to the field what is wrong.
 */
final class QueryStringGuard extends OncePerRequestFilter {

	/** Longer than any text field, shorter than the server's limit on a request line. */
	static final int MAX_VALUE = 2000;
	/** Identity providers' answers (authorization codes) are long and are not ours to judge. */
	private static final String SIGN_IN_CALLBACK = "/login/oauth2/";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var refusal = refusalOf(request);
		if (refusal.isPresent()) {
			refuse(request, response, refusal.get());
			return;
		}
		chain.doFilter(request, response);
	}

	private static Optional<String> refusalOf(HttpServletRequest request) {
		boolean api = request.getRequestURI().startsWith("/api/");
		var query = request.getQueryString();
		if (query != null && !request.getRequestURI().startsWith(SIGN_IN_CALLBACK)) {
			for (var pair : query.split("&")) {
				var refusal = refusalOf(pair, api);
				if (refusal.isPresent()) {
					return refusal;
				}
			}
		}
		if (isForm(request)) {
			try {
				request.getParameterMap();
			}
			catch (IllegalStateException unreadable) {
				return Optional.of("The form could not be read: a value is not correctly encoded.");
			}
		}
		return Optional.empty();
	}

	private static Optional<String> refusalOf(String pair, boolean api) {
		int equals = pair.indexOf('=');
		var name = decoded(equals < 0 ? pair : pair.substring(0, equals));
		if (name == null) {
			return Optional.of("The name of a query parameter is not correctly encoded (percent-encoded UTF-8).");
		}
		var value = equals < 0 ? "" : decoded(pair.substring(equals + 1));
		if (value == null) {
			return Optional.of(name + ": the value is not correctly encoded; send it as percent-encoded UTF-8"
					+ " (%C3%A9 for é).");
		}
		if (api && value.length() > MAX_VALUE) {
			return Optional.of(name + ": at most " + String.format("%,d", MAX_VALUE) + " characters.");
		}
		if (api && (value.indexOf('\0') >= 0 || name.indexOf('\0') >= 0)) {
			return Optional.of(name + ": " + Texts.NUL + ".");
		}
		return Optional.empty();
	}

	/** The text a percent-encoded query part stands for, or null if it stands for none. */
	static @Nullable String decoded(String encoded) {
		var bytes = new java.io.ByteArrayOutputStream(encoded.length());
		for (int i = 0; i < encoded.length(); i++) {
			char c = encoded.charAt(i);
			if (c == '%') {
				if (i + 2 >= encoded.length()) {
					return null;
				}
				int high = Character.digit(encoded.charAt(i + 1), 16);
				int low = Character.digit(encoded.charAt(i + 2), 16);
				if (high < 0 || low < 0) {
					return null;
				}
				bytes.write(high * 16 + low);
				i += 2;
			}
			else if (c == '+') {
				bytes.write(' ');
			}
			else if (c > 0x7f) {
				return null;
			}
			else {
				bytes.write(c);
			}
		}
		try {
			return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
		}
		catch (CharacterCodingException notUtf8) {
			return null;
		}
	}

	private static boolean isForm(HttpServletRequest request) {
		var type = request.getContentType();
		return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE);
	}

	private static void refuse(HttpServletRequest request, HttpServletResponse response, String detail)
			throws IOException {
		if (request.getRequestURI().startsWith("/api/")) {
			ProblemWriter.write(response, HttpStatus.BAD_REQUEST, detail);
		}
		else {
			response.sendError(HttpStatus.BAD_REQUEST.value());
		}
	}
}
