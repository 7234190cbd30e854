package eu.jcohub.deconfliction.web;

import eu.jcohub.deconfliction.Conflict;
import eu.jcohub.deconfliction.ConflictLevel;
import eu.jcohub.deconfliction.Dimension;
import eu.jcohub.deconfliction.Resolution;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/**
 * A conflict as the API tells it. Where the other operation's details are withheld ({@code detailsWithheld}),
 * {@code score} is absent, {@code level} is judged from calendar entries alone, and the reasons are the dates in
 * common and a sentence saying that more is shared: call {@code contactPoint} (or the organiser) to find out.
 */
record ConflictResource(String operationId, String name, String organiser, @Nullable String contactPoint,
		@Nullable Double score, ConflictLevel level, List<Reason> reasons, @Nullable Resolution resolution,
		boolean detailsWithheld) {

	record Reason(Dimension dimension, String detail) {
	}

	static ConflictResource of(Conflict conflict, MessageSource messages, Locale locale) {
		var reasons = conflict.reasons().stream()
			.map(reason -> new Reason(reason.dimension(), reason.dimension() == Dimension.WITHHELD
					? messages.getMessage("conflict.withheld", null, locale) : reason.detail()))
			.toList();
		return new ConflictResource(conflict.operationId().toString(), conflict.name(), conflict.organiser(),
				conflict.contactPoint(), conflict.score(), conflict.level(), reasons, conflict.resolution(),
				conflict.detailsWithheld());
	}
}
