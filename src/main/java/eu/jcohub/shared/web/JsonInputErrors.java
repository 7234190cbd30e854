package eu.jcohub.shared.web;

import eu.jcohub.shared.Texts;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Why a JSON body could not be read, in words: the field at fault ({@code phases[0].start}) and what it must
 * be, or where the JSON itself breaks off. The reader's own messages name its classes and are never shown.
 */
final class JsonInputErrors {

	private JsonInputErrors() {
	}

	/** What is wrong; {@code field} is null when the body as a whole is. */
	record Error(@Nullable String field, String message) {

		String detail() {
			return field == null ? message : field + ": " + message;
		}
	}

	static Error of(HttpMessageNotReadableException unreadable) {
		var cause = jacksonCause(unreadable);
		if (cause == null) {
			return new Error(null, "The request needs a body: a JSON object.");
		}
		var field = path(cause.getPath());
		if (cause instanceof StreamConstraintsException) {
			return new Error(null, "The request body is nested too deeply or holds a value too long to read.");
		}
		if (cause instanceof UnexpectedEndOfInputException) {
			return new Error(null, "The request body ends before its JSON is complete.");
		}
		if (cause instanceof InputCoercionException coercion) {
			return new Error(field, ExpectedValue.tooLarge(coercion.getTargetType()));
		}
		if (cause instanceof StreamReadException) {
			var location = cause.getLocation();
			return new Error(null, "The request body is not valid JSON"
					+ (location == null ? "." : " (line " + location.getLineNr() + ", column " + location.getColumnNr()
							+ ")."));
		}
		if (cause instanceof InvalidFormatException format && format.getTargetType() == String.class
				&& format.getValue() instanceof String text && !Texts.storable(text)) {
			return new Error(field, Texts.NUL);
		}
		if (cause instanceof MismatchedInputException mismatch) {
			if (field == null) {
				return new Error(null, "The request body must be a JSON object with named fields.");
			}
			return new Error(field, ExpectedValue.of(mismatch.getTargetType()));
		}
		return new Error(field, field == null ? "The request body could not be read." : "has a value that cannot be read");
	}

	private static @Nullable JacksonException jacksonCause(Throwable error) {
		for (var cause = error.getCause(); cause != null; cause = cause.getCause()) {
			if (cause instanceof JacksonException jackson) {
				return jackson;
			}
		}
		return null;
	}

	/** The path as the API's field errors write it: {@code phases[0].start}; null for the body itself. */
	private static @Nullable String path(List<JacksonException.Reference> references) {
		var path = new StringBuilder();
		for (var reference : references) {
			if (reference.getPropertyName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.isEmpty() ? null : path.toString();
	}
}
