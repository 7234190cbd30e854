package eu.jcohub.planning;

import org.jspecify.annotations.Nullable;

/** A task added by hand, as typed. */
public record TaskDraft(@Nullable String title, @Nullable String category, @Nullable String due,
		@Nullable String ownerOrganisation, @Nullable String ownerUsername) {
}
