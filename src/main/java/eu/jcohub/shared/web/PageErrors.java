package eu.jcohub.shared.web;

import eu.jcohub.shared.DomainRuleViolation;
import eu.jcohub.shared.Forbidden;
import eu.jcohub.shared.NotFound;
import eu.jcohub.shared.TooManyRequests;
import eu.jcohub.shared.VersionRequired;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Pages answer a missing or forbidden record, bad parameters, input the database cannot store and a stale edit
 * with the error page, not a server error. (The API's problem details come first, from {@link ApiProblems}.)
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrors {

	private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

	@ExceptionHandler(NotFound.class)
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpServletResponse.SC_NOT_FOUND);
	}

	@ExceptionHandler(Forbidden.class)
	void forbidden(Forbidden e, jakarta.servlet.http.HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		var codes = e.getCodes();
		SecurityLog.refused(request, 403, codes == null ? null : codes[0]);
		response.sendError(HttpServletResponse.SC_FORBIDDEN);
	}

	@ExceptionHandler(IllegalArgumentException.class)
	void badRequest(HttpServletResponse response) throws IOException {
		response.sendError(HttpServletResponse.SC_BAD_REQUEST);
	}

	/** A form without its version that no page caught first: the error page, never a server error. */
	@ExceptionHandler(VersionRequired.class)
	void versionRequired(HttpServletResponse response) throws IOException {
		response.sendError(428);
	}

	@ExceptionHandler(TooManyRequests.class)
	void tooMany(TooManyRequests e, HttpServletResponse response) throws IOException {
		response.setHeader("Retry-After", String.valueOf(e.retryAfterSeconds()));
		response.sendError(429);
	}

	@ExceptionHandler(DomainRuleViolation.class)
	void conflict(HttpServletResponse response) throws IOException {
		response.sendError(HttpServletResponse.SC_CONFLICT);
	}

	/** See {@link StorageErrors}: input the database refuses is a bad request, anything else a server error. */
	@ExceptionHandler(DataIntegrityViolationException.class)
	void unstorable(DataIntegrityViolationException e, HttpServletResponse response) throws IOException {
		if (!StorageErrors.isInputError(e)) {
			throw e;
		}
		log.warn("Input refused by the database, not by a check: {}", e.getMostSpecificCause().getMessage());
		response.sendError(HttpServletResponse.SC_BAD_REQUEST);
	}
}
