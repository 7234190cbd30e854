package eu.jcohub.shared.web;

import java.io.IOException;
import java.util.Locale;
import java.util.ResourceBundle;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;
import org.springframework.web.util.HtmlUtils;

/**
 * The server's own answer to a request it refuses before the application sees it (an address with an encoded NUL
 * or slash, a request line too long): a problem detail for the API, a plain page otherwise. It replaces the
 * server's report page, which names the server and is no problem detail. Public with a public constructor,
 * because the server creates it by its class name.
 */
public class AddressErrorValve extends ErrorReportValve {

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int code = response.getStatus();
		if (code < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		var status = HttpStatus.resolve(code);
		if (status == null) {
			status = HttpStatus.BAD_REQUEST;
		}
		var messages = ResourceBundle.getBundle("messages", Locale.ENGLISH);
		var detail = status.is5xxServerError() ? messages.getString("error.other")
				: status == HttpStatus.NOT_FOUND ? messages.getString("error.404") : messages.getString("error.address");
		SecurityHeaders.write(request, response);
		try {
			var uri = request.getRequestURI();
			if (uri != null && uri.startsWith("/api/")) {
				ProblemWriter.write(response, status, detail);
				return;
			}
			response.setContentType("text/html");
			response.setCharacterEncoding("UTF-8");
			var title = HtmlUtils.htmlEscape(messages.getString(status.is5xxServerError() ? "error.title"
					: status == HttpStatus.NOT_FOUND ? "error.404.title" : "error.400.title"));
			response.getWriter().write("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title
					+ "</title></head><body><main><h1>" + title + "</h1><p>" + HtmlUtils.htmlEscape(detail)
					+ "</p><p><a href=\"/\">" + HtmlUtils.htmlEscape(messages.getString("error.home"))
					+ "</a></p></main></body></html>");
		}
		catch (IOException | IllegalStateException answerGone) {
			// The client is gone or the answer was already started: nothing more to say.
		}
	}
}
