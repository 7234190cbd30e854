package eu.jcohub.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * An upload over the size limit, or one that is no readable multipart form, is refused while the request is read,
 * before any controller is chosen. The API answers a problem detail; a page's form is shown again (the browser
 * is sent back to the page it came from) with the reason next to its file field: the flash attribute
 * {@code errors} holds it under {@value #FILE_FIELD}, as a form's own errors are held.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimits {

	/** The name of the file field of a page's upload form. */
	static final String FILE_FIELD = "file";
	static final String TOO_LARGE = "The file is larger than 5 MB, the most an upload may have. Split it into "
			+ "smaller files.";
	private static final String UNREADABLE = "The upload could not be read: send it as multipart/form-data, the file "
			+ "in the part named 'file'.";

	private final MessageSource messages;

	UploadLimits(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(MultipartException.class)
	Object refused(MultipartException refusal, HttpServletRequest request, Locale locale) {
		boolean tooLarge = refusal instanceof MaxUploadSizeExceededException;
		var status = tooLarge ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST;
		if (request.getRequestURI().startsWith("/api/")) {
			return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(ApiProblems.problem(status, tooLarge ? TOO_LARGE : UNREADABLE));
		}
		var text = messages.getMessage(tooLarge ? "upload.tooLarge" : "upload.unreadable", null, locale);
		return formPage(request).<Object>map(page -> {
			RequestContextUtils.getOutputFlashMap(request).put("errors", Map.of(FILE_FIELD, text));
			return "redirect:" + page;
		}).orElseGet(() -> new ModelAndView("error", Map.of("status", status.value()), status));
	}

	/** The page of this application the form was sent from, as its path (the Referer, if it is one of ours). */
	private static Optional<String> formPage(HttpServletRequest request) {
		var referer = request.getHeader("Referer");
		if (referer == null) {
			return Optional.empty();
		}
		try {
			var uri = URI.create(referer);
			if (!request.getServerName().equalsIgnoreCase(uri.getHost()) || uri.getRawPath() == null
					|| !uri.getRawPath().startsWith("/") || uri.getRawPath().startsWith("/api/")) {
				return Optional.empty();
			}
			return Optional.of(uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
		}
		catch (IllegalArgumentException notAnAddress) {
			return Optional.empty();
		}
	}
}
