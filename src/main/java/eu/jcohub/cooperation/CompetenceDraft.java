package eu.jcohub.cooperation;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A member state's entry as it confirms it (authorities and the deciding authority by their codes). */
public record CompetenceDraft(@Nullable List<String> authorities, @Nullable String decidedBy,
		@Nullable String declaration, @Nullable String contactPoint, @Nullable String legalBasis) {
}
