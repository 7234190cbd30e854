package eu.jcohub.shared.web;

import eu.jcohub.shared.DomainRuleViolation;
import eu.jcohub.shared.Forbidden;
import eu.jcohub.shared.InvalidInput;
import eu.jcohub.shared.NotFound;
import eu.jcohub.shared.TooManyRequests;
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
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
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
	ProblemDetail forbidden(Forbidden e, jakarta.servlet.http.HttpServletRequest request) {
		var codes = e.getCodes();
		SecurityLog.refused(request, 403, codes == null ? null : codes[0]);
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

	@ExceptionHandler(TooManyRequests.class)
	ResponseEntity<ProblemDetail> tooMany(TooManyRequests e) {
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds()))
			.body(problem(HttpStatus.TOO_MANY_REQUESTS, messages.getMessage(e, LocaleContextHolder.getLocale())));
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

	/** A value that cannot be stored (a number beyond the column's range, say) that no check caught first. */
	@ExceptionHandler(DataIntegrityViolationException.class)
	ResponseEntity<ProblemDetail> unstorable(DataIntegrityViolationException e) {
		if (!StorageErrors.isInputError(e)) {
			return unexpected(e);
		}
		log.warn("Input refused by the database, not by a check: {}", e.getMostSpecificCause().getMessage());
		return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, StorageErrors.DETAIL));
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		var error = JsonInputErrors.of(ex);
		return ResponseEntity.badRequest().body(fieldProblem(HttpStatus.BAD_REQUEST, error.field(), error.message()));
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		var field = ex instanceof MethodArgumentTypeMismatchException argument ? argument.getName() : ex.getPropertyName();
		return ResponseEntity.badRequest()
			.body(fieldProblem(HttpStatus.BAD_REQUEST, field, ExpectedValue.of(ex.getRequiredType())));
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleMissingServletRequestParameter(
			MissingServletRequestParameterException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return ResponseEntity.badRequest().body(fieldProblem(HttpStatus.BAD_REQUEST, ex.getParameterName(), "required"));
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleMissingServletRequestPart(MissingServletRequestPartException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return ResponseEntity.badRequest().body(fieldProblem(HttpStatus.BAD_REQUEST, ex.getRequestPartName(),
				"required: attach the file as this part of a multipart/form-data request"));
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		var supported = ex.getSupportedMediaTypes().stream().filter(type -> !type.isWildcardSubtype()
				&& !type.getSubtype().contains("*")).map(type -> type.getType() + "/" + type.getSubtype()).distinct().toList();
		var expected = supported.contains("application/json") ? "application/json" : String.join(" or ", supported);
		var problem = problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, expected.isEmpty() ? "This request takes no body."
				: "Send the body as " + expected + ", and say so in the Content-Type header.");
		return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).headers(headers).body(problem);
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
				.body(problem(HttpStatus.CONTENT_TOO_LARGE, UploadLimits.TOO_LARGE));
	}

	/** A problem with one field at fault named in {@code detail} and under {@code errors}, as for invalid input. */
	static ProblemDetail fieldProblem(HttpStatus status, @Nullable String field, String message) {
		if (field == null) {
			return problem(status, message);
		}
		var problem = problem(status, field + ": " + message);
		problem.setProperty("errors", Map.of(field, message));
		return problem;
	}

	static ProblemDetail problem(HttpStatus status, @Nullable String detail) {
		var problem = ProblemDetail.forStatusAndDetail(status, detail == null ? status.getReasonPhrase() : detail);
		problem.setTitle(status.getReasonPhrase());
		return problem;
	}
}
