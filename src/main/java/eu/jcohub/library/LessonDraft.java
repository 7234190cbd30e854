package eu.jcohub.library;

import org.jspecify.annotations.Nullable;

/** A lesson as written, before it is checked; blank parts are left out, but not all three. */
public record LessonDraft(@Nullable String whatWorked, @Nullable String whatDidNot, @Nullable String recommendation) {
}
