package eu.jcohub.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/**
 * Which operation: the id every module uses to refer to an operation of the coordination calendar. It prints as
 * the bare UUID, so it fits in paths and links as it is.
 */
public record OperationId(@JsonValue UUID value) {

	public OperationId {
		Objects.requireNonNull(value, "an operation id needs a value");
	}

	public static OperationId random() {
		return new OperationId(UUID.randomUUID());
	}

	@JsonCreator
	public static OperationId of(UUID value) {
		return new OperationId(value);
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
