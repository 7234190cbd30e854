package eu.jcohub.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Sends the browser back to the page whose form it sent, with a field's error as the flash attribute
 * {@code errors}, where the request was refused before any controller could show the form again (an upload
 * too large is refused while it is read). Only to a page of this application: the Referer must be ours.
 */
final class BackToForm {

	private BackToForm() {
	}

	/** The redirect view name, if the form's page is known. */
	static Optional<String> withError(HttpServletRequest request, String field, String error) {
		return formPage(request).map(page -> {
			RequestContextUtils.getOutputFlashMap(request).put("errors", Map.of(field, error));
			return "redirect:" + page;
		});
	}

	private static Optional<String> formPage(HttpServletRequest request) {
		var referer = request.getHeader("Referer");
		if (referer == null) {
			return Optional.empty();
		}
		try {
			var uri = URI.create(referer);
			var path = uri.getRawPath();
			if (!request.getServerName().equalsIgnoreCase(uri.getHost()) || path == null || !path.startsWith("/")
					|| path.startsWith("/api/")) {
				return Optional.empty();
			}
			return Optional.of(path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
		}
		catch (IllegalArgumentException notAnAddress) {
			return Optional.empty();
		}
	}
}
