package eu.jcohub.planning;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/** An accepted invitation's answer: who to contact, and the border points and offices taking part. */
public record Acceptance(@Nullable String contactPoints, Set<String> borderPoints, @Nullable String offices) {

	public Acceptance {
		borderPoints = borderPoints == null ? Set.of() : Set.copyOf(borderPoints);
	}
}
