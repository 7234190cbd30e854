package eu.jcohub.operations.web;

import eu.jcohub.shared.Forbidden;
import eu.jcohub.shared.NotFound;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** The calendar's pages answer a missing or forbidden operation with the error page, not a server error. */
@ControllerAdvice(assignableTypes = { CalendarPages.class, OperationPages.class, OperationFormPages.class })
class OperationPagesErrors {

	@ExceptionHandler(NotFound.class)
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpServletResponse.SC_NOT_FOUND);
	}

	@ExceptionHandler(Forbidden.class)
	void forbidden(HttpServletResponse response) throws IOException {
		response.sendError(HttpServletResponse.SC_FORBIDDEN);
	}

	@ExceptionHandler(IllegalArgumentException.class)
	void badRequest(HttpServletResponse response) throws IOException {
		response.sendError(HttpServletResponse.SC_BAD_REQUEST);
	}
}
