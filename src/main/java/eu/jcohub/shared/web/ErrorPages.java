package eu.jcohub.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The last word on errors that happen outside a controller (unknown path, filter failures):
 * API paths get a problem detail, pages get the error page, or, for an upload too large, their form again
 * (see {@link UploadLimits}). Never a stack trace.
 */
@Controller
class ErrorPages implements org.springframework.boot.webmvc.error.ErrorController {

	private final MessageSource messages;

	ErrorPages(MessageSource messages) {
		this.messages = messages;
	}

	@RequestMapping(path = "/error", produces = MediaType.APPLICATION_PROBLEM_JSON_VALUE)
	ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
		var status = status(request);
		var detail = switch (status) {
			case NOT_FOUND -> "There is nothing at " + request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) + ".";
			case METHOD_NOT_ALLOWED -> "This method is not allowed here.";
			case UNAUTHORIZED -> "Sign in first.";
			case FORBIDDEN -> "You may not do this.";
			case BAD_REQUEST -> "The request could not be read.";
			case CONTENT_TOO_LARGE -> UploadLimits.TOO_LARGE;
			default -> status.is5xxServerError() ? "An unexpected error occurred; it has been logged."
					: status.getReasonPhrase();
		};
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(ApiProblems.problem(status, detail));
	}

	@RequestMapping("/error")
	Object page(HttpServletRequest request, Locale locale) {
		var uri = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
		if (uri.startsWith("/api/")) {
			return problem(request);
		}
		var status = status(request);
		if (status == HttpStatus.CONTENT_TOO_LARGE) {
			return UploadLimits.page(request, status, messages, locale);
		}
		var view = new ModelAndView("error", Map.of("status", status.value()), status);
		return view;
	}

	private static HttpStatus status(HttpServletRequest request) {
		var code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		var status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
		return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
	}
}
