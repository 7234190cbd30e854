package eu.jcohub.deconfliction.web;

import eu.jcohub.deconfliction.Conflict;
import eu.jcohub.reference.Organisation;
import eu.jcohub.reference.ReferenceData;
import java.util.List;

/** A conflict as a page lists it: with the other operation's organiser by name. */
public record ConflictLine(Conflict conflict, String organiserName) {

	static List<ConflictLine> of(List<Conflict> conflicts, ReferenceData reference) {
		return conflicts.stream()
			.map(conflict -> new ConflictLine(conflict,
					reference.organisation(conflict.organiser()).map(Organisation::name).orElse(conflict.organiser())))
			.toList();
	}
}
