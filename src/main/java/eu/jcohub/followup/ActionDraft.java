package eu.jcohub.followup;

import org.jspecify.annotations.Nullable;

/** A new action as typed: what is to be done, by which organisation (its code) and by when (ISO date). */
public record ActionDraft(@Nullable String description, @Nullable String owner, @Nullable String due) {
}
