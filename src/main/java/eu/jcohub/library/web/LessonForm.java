package eu.jcohub.library.web;

import eu.jcohub.library.LessonDraft;
import org.jspecify.annotations.Nullable;

/** The lesson form as typed. */
record LessonForm(@Nullable String whatWorked, @Nullable String whatDidNot, @Nullable String recommendation) {

	static LessonForm blank() {
		return new LessonForm(null, null, null);
	}

	LessonDraft toDraft() {
		return new LessonDraft(whatWorked, whatDidNot, recommendation);
	}
}
