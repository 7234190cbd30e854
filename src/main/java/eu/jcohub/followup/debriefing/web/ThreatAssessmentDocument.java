package eu.jcohub.followup.debriefing.web;

import eu.jcohub.followup.FollowupWords;
import eu.jcohub.followup.debriefing.ThreatAssessmentDraft;
import eu.jcohub.followup.pack.Chapter;
import eu.jcohub.followup.pack.Chapter.Heading;
import eu.jcohub.followup.pack.Chapter.Table;
import eu.jcohub.followup.pack.Chapter.Text;
import eu.jcohub.followup.pack.PackContext;
import eu.jcohub.reference.Category;
import eu.jcohub.reference.Country;
import eu.jcohub.reference.ReferenceData;
import eu.jcohub.shared.web.Dates;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The threat-assessment draft as the chapters of an exported document, worded for the reader. */
final class ThreatAssessmentDocument {

	private ThreatAssessmentDocument() {
	}

	static List<Chapter> chapters(ThreatAssessmentDraft draft, FollowupWords words, Dates dates, ReferenceData reference) {
		var chapters = new ArrayList<Chapter>();
		var analysis = new ArrayList<Chapter.Block>();
		analysis.add(new Text(words.of("ta.summary", draft.reports(), draft.hits())));
		if (draft.analysis().isEmpty()) {
			analysis.add(new Text(words.of("ta.analysis.none")));
		}
		else {
			analysis.add(new Text(draft.analysis()));
			analysis.add(new Text(words.of("ta.analysis.by", draft.analysisBy(), dates.moment(draft.analysisAt()))));
		}
		chapters.add(new Chapter(words.of("ta.analysis"), analysis));
		var rankings = new ArrayList<Chapter.Block>();
		rankings.add(new Text(words.of("ta.rankings.text")));
		for (var ranking : draft.rankings()) {
			var rows = ranking.lines().stream().map(l -> List.of(l.label(), PackContext.number(l.reports()),
					PackContext.number(l.hits()), l.hitRatePercent() + " %")).toList();
			rankings.add(Table.of(words.of("ta.dimension." + ranking.dimension().name()),
					List.of(words.of("ta.dimension." + ranking.dimension().name()), words.of("pack.column.reports"),
							words.of("pack.column.hits"), words.of("pack.column.hitRate")),
					rows));
		}
		chapters.add(new Chapter(words.of("ta.rankings"), rankings));
		var silent = new ArrayList<Chapter.Block>();
		silent.add(new Text(words.of(draft.silentProfiles().isEmpty()
				? draft.profiles() == 0 ? "ta.silent.noProfiles" : "ta.silent.none" : "ta.silent.text")));
		if (!draft.silentProfiles().isEmpty()) {
			silent.add(new Table(null, List.of(words.of("pack.column.profile"), words.of("pack.column.riskArea"),
					words.of("ta.silent.phases"), words.of("pack.column.controls")), List.of(false, false, false, true),
					draft.silentProfiles().stream().map(p -> List.of(p.name(), p.riskArea(),
							p.phases().stream().map(String::valueOf).collect(Collectors.joining(", ")),
							PackContext.number(p.controls()))).toList()));
		}
		chapters.add(new Chapter(words.of("ta.silent"), silent));
		var suggestions = new ArrayList<Chapter.Block>();
		suggestions.add(new Text(draft.suggestions().isEmpty() ? words.of("ta.suggestions.none")
				: words.of("ta.suggestions.text")));
		for (var s : draft.suggestions()) {
			suggestions.add(new Heading((s.changes() == null ? words.of("ta.suggestion.new")
					: words.of("ta.suggestion.changed", s.changes())) + ": " + s.proposal().name()));
			suggestions.add(new Text(words.of("ta.rule." + s.rule().name(), s.ruleArguments().toArray())));
			var p = s.proposal();
			var rows = new ArrayList<List<String>>();
			rows.add(List.of(words.of("ta.field.riskArea"), reference.riskAreaName(p.riskArea())));
			rows.add(List.of(words.of("ta.field.transportMode"), p.transportMode() == null ? "–"
					: reference.transportMode(p.transportMode()).map(Category::name).orElse(p.transportMode())));
			rows.add(List.of(words.of("ta.field.route"), (p.routeFrom() == null ? "–" : country(reference, p.routeFrom()))
					+ (p.routeTo() == null ? "" : " → " + country(reference, p.routeTo()))));
			rows.add(List.of(words.of("ta.field.indicators"), p.indicators() == null ? "–" : p.indicators()));
			rows.add(List.of(words.of("ta.field.reports"), s.reports().stream()
				.map(ThreatAssessmentDraft.ReportLink::reference).collect(Collectors.joining(", "))));
			suggestions.add(new Table(null, List.of(words.of("pack.cases.fact"), words.of("pack.cases.detail")),
					List.of(false, false), rows));
			if (s.edited() != null) {
				suggestions.add(new Text(words.of("ta.suggestion.edited", s.edited())));
			}
		}
		chapters.add(new Chapter(words.of("ta.suggestions"), suggestions));
		return chapters;
	}

	static String country(ReferenceData reference, String code) {
		return reference.country(code).map(Country::name).orElse(code);
	}
}
