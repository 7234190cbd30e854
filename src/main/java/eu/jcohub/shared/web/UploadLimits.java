package eu.jcohub.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Map;
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

/**
 * An upload over the size limit, or one that is no readable multipart form, is refused while the request is read,
 * before any controller is chosen. The API answers a problem detail; a page's form is shown again (see
 * {@link BackToForm}) with the reason next to its file field, {@value #FILE_FIELD}. Where a filter reads the
 * request first (the CSRF check of a browser's form), the server refuses it with 413 and {@link ErrorPages} does
 * the same.
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
		return page(request, status, messages, locale);
	}

	/** The form's page again with the reason next to its file field, or else the error page. */
	static Object page(HttpServletRequest request, HttpStatus status, MessageSource messages, Locale locale) {
		var text = messages.getMessage(status == HttpStatus.CONTENT_TOO_LARGE ? "upload.tooLarge" : "upload.unreadable",
				null, locale);
		return BackToForm.withError(request, FILE_FIELD, text).<Object>map(redirect -> redirect)
			.orElseGet(() -> new ModelAndView("error", Map.of("status", status.value()), status));
	}
}
