package eu.jcohub.followup.web;

import eu.jcohub.access.HandlingCode;
import eu.jcohub.followup.FollowupWords;
import eu.jcohub.followup.Recommendation;
import eu.jcohub.followup.RecommendationAction;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The monitoring file as exported, worded for the reader: the same columns in the spreadsheet and in the PDF.
 * Its marking is the calendar's: everyone signed in reads the file.
 */
record MonitoringFile(String title, String generated, String marking, List<String> headings, List<List<String>> rows,
		String empty) {

	static MonitoringFile of(List<Recommendation> recommendations, String filters, LocalDate today, FollowupWords words,
			Function<String, String> organisation) {
		var numbers = recommendations.stream().collect(Collectors.toMap(Recommendation::id, MonitoringFile::number));
		var rows = recommendations.stream().map(r -> row(r, today, words, organisation, numbers)).toList();
		var headings = List.of("reference", "source", "text", "addressee", "status", "evidence", "actions", "recurring")
			.stream().map(column -> words.of("followup.column." + column)).toList();
		return new MonitoringFile(words.of("followup.export.title"),
				words.of("followup.export.generated", today.toString(), filters),
				HandlingCode.PUBLIC_CALENDAR.marking(), headings, rows, words.of("followup.list.none"));
	}

	private static List<String> row(Recommendation r, LocalDate today, FollowupWords words,
			Function<String, String> organisation, Map<UUID, String> numbers) {
		var evidence = switch (r.status()) {
			case NOT_IMPLEMENTED -> r.reason();
			default -> r.evidence();
		};
		var actions = r.actions().stream().map(a -> action(a, today, words, organisation))
			.collect(Collectors.joining("\n"));
		var recurring = r.recursWith().stream().map(id -> numbers.getOrDefault(id, words.of("followup.recurring.other")))
			.collect(Collectors.joining(", "));
		return List.of(number(r), r.source(), r.text(), organisation.apply(r.addressee()),
				words.of("followup.status." + r.status().name()), evidence, actions,
				recurring.isEmpty() ? "" : words.of("followup.recurring.with", recurring));
	}

	private static String action(RecommendationAction a, LocalDate today, FollowupWords words,
			Function<String, String> organisation) {
		var line = words.of("followup.action.line", a.description(), organisation.apply(a.owner()), a.due().toString());
		if (a.done()) {
			return line + " " + words.of("followup.action.done");
		}
		return a.overdue(today) ? line + " " + words.of("followup.action.overdue") : line;
	}

	private static String number(Recommendation r) {
		return r.reference().isEmpty() ? "–" : r.reference();
	}
}
