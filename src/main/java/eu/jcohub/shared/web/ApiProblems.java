package eu.jcohub.shared.web;

import eu.jcohub.shared.DomainRuleViolation;
import eu.jcohub.shared.Forbidden;
import eu.jcohub.shared.InvalidInput;
import eu.jcohub.shared.NotFound;
import eu.jcohub.shared.VersionRequired;
import eu.jcohub.shared.db.DatabaseAvailability;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every error of a JSON API controller into an RFC 9457 problem detail with a clear
 * {@code detail} and, for invalid input, the offending fields under {@code errors}.
 * Never a stack trace.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);
	private final MessageSource messages;
	private final DatabaseAvailability availability;

	ApiProblems(MessageSource messages, DatabaseAvailability availability) {
		this.messages = messages;
		this.availability = availability;
	}

	@ExceptionHandler(NotFound.class)
	ProblemDetail notFound(NotFound e) {
		return problem(HttpStatus.NOT_FOUND, e.getMessage());
	}

	@ExceptionHandler(Forbidden.class)
	ProblemDetail forbidden(Forbidden e) {
		return problem(HttpStatus.FORBIDDEN, messages.getMessage(e, LocaleContextHolder.getLocale()));
	}

	@ExceptionHandler(DomainRuleViolation.class)
	ProblemDetail conflict(DomainRuleViolation e) {
		return problem(HttpStatus.CONFLICT, e.getMessage());
	}

	@ExceptionHandler(VersionRequired.class)
	ProblemDetail versionRequired(VersionRequired e) {
		var problem = problem(HttpStatus.PRECONDITION_REQUIRED, e.getMessage());
		problem.setProperty("errors", java.util.Map.of("version", "required: the version you read"));
		return problem;
	}

	@ExceptionHandler(InvalidInput.class)
	ProblemDetail invalid(InvalidInput e) {
		var problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "The input has " + e.fieldErrors().size()
				+ " invalid field(s): " + String.join("; ", e.fieldErrors().entrySet().stream()
						.map(entry -> entry.getKey() + ": " + entry.getValue()).toList()));
		problem.setProperty("errors", e.fieldErrors());
		return problem;
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ProblemDetail badArgument(IllegalArgumentException e) {
		return problem(HttpStatus.BAD_REQUEST, e.getMessage());
	}

	@ExceptionHandler(org.springframework.security.access.AccessDeniedException.class)
	ProblemDetail accessDenied(org.springframework.security.access.AccessDeniedException e) {
		return problem(HttpStatus.FORBIDDEN, "You may not do this.");
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception e) {
		if (availability.report(e)) {
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
				.header(HttpHeaders.RETRY_AFTER, Long.toString(DatabaseAvailability.RETRY_AFTER.toSeconds()))
				.body(problem(HttpStatus.SERVICE_UNAVAILABLE,
						messages.getMessage("error.503.api", null, LocaleContextHolder.getLocale())));
		}
		log.error("Unexpected error in API call", e);
		return ResponseEntity.internalServerError().body(problem(HttpStatus.INTERNAL_SERVER_ERROR,
				"An unexpected error occurred; it has been logged. Nothing was changed."));
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		var cause = ex.getMostSpecificCause();
		var detail = "The request body is not valid JSON for this resource: " + firstLine(cause.getMessage());
		return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, detail));
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Map<String, String> errors = new LinkedHashMap<>();
		ex.getBindingResult().getFieldErrors()
				.forEach(error -> errors.putIfAbsent(error.getField(), String.valueOf(error.getDefaultMessage())));
		return ResponseEntity.unprocessableContent().body(invalid(new InvalidInput(errors)));
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleMaxUploadSizeExceededException(
			MaxUploadSizeExceededException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
				.body(problem(HttpStatus.CONTENT_TOO_LARGE, "The uploaded file is larger than allowed."));
	}

	static ProblemDetail problem(HttpStatus status, @Nullable String detail) {
		var problem = ProblemDetail.forStatusAndDetail(status, detail == null ? status.getReasonPhrase() : detail);
		problem.setTitle(status.getReasonPhrase());
		return problem;
	}

	private static String firstLine(@Nullable String message) {
		if (message == null) {
			return "unreadable body";
		}
		var line = message.lines().findFirst().orElse(message);
		return line.length() > 300 ? line.substring(0, 300) + "…" : line;
	}
}
