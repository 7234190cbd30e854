package eu.jcohub.analytics.web;

import eu.jcohub.analytics.Analytics;
import eu.jcohub.analytics.OverviewFilter;
import eu.jcohub.operations.OperationType;
import eu.jcohub.reference.Country;
import eu.jcohub.reference.ReferenceData;
import eu.jcohub.shared.InvalidInput;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The dashboard and an administration's page. */
@Controller
class AnalyticsPages {

	private final Analytics analytics;
	private final ReferenceData reference;
	private final Words words;

	AnalyticsPages(Analytics analytics, ReferenceData reference, Words words) {
		this.analytics = analytics;
		this.reference = reference;
		this.words = words;
	}

	@GetMapping("/analytics")
	String dashboard(@RequestParam Map<String, String> params, Model model) {
		analytics.requireRead();
		var typed = typed(params);
		model.addAttribute("typed", typed);
		options(model);
		try {
			var filter = OverviewFilter.parse(typed.get("from"), typed.get("to"), typed.get("organiser"),
					typed.get("type"), typed.get("riskArea"), typed.get("state"), analytics.today());
			var overview = analytics.overview(filter);
			model.addAttribute("overview", overview);
			model.addAttribute("charts", Charts.of(overview, words));
			model.addAttribute("query", query(filter));
			// The annual report is one year's: the last of the range, with the other filters.
			var others = query(filter).replaceFirst("^from=[0-9]+&to=[0-9]+&?", "");
			var annual = "/api/analytics/annual-report/" + filter.to();
			model.addAttribute("annualPdf", annual + ".pdf" + (others.isEmpty() ? "" : "?" + others));
			model.addAttribute("annualXlsx", annual + ".xlsx" + (others.isEmpty() ? "" : "?" + others));
			model.addAttribute("errors", Map.of());
			if (typed.get("from").isBlank() && typed.get("to").isBlank()) {
				typed.put("from", String.valueOf(filter.from()));
				typed.put("to", String.valueOf(filter.to()));
			}
		}
		catch (InvalidInput invalid) {
			model.addAttribute("errors", invalid.fieldErrors().keySet().stream()
				.collect(java.util.stream.Collectors.toMap(field -> field, field -> words.of("analytics.error." + field))));
		}
		return "analytics/dashboard";
	}

	@GetMapping("/analytics/administrations/{code}")
	String administration(@PathVariable String code, @RequestParam(defaultValue = "") String from,
			@RequestParam(defaultValue = "") String to, Model model) {
		analytics.requireRead();
		var organisation = reference.organisation(code)
			.orElseThrow(() -> new eu.jcohub.shared.NotFound("Administration", code));
		var typed = new LinkedHashMap<String, String>();
		typed.put("from", from.strip());
		typed.put("to", to.strip());
		model.addAttribute("typed", typed);
		model.addAttribute("code", organisation.code());
		model.addAttribute("name", organisation.name());
		model.addAttribute("administrations", administrations());
		try {
			var filter = OverviewFilter.parse(typed.get("from"), typed.get("to"), null, null, null, null,
					analytics.today());
			var share = analytics.administration(code, filter);
			model.addAttribute("share", share);
			model.addAttribute("seized", Charts.seized(share, words));
			model.addAttribute("errors", Map.of());
			typed.put("from", String.valueOf(filter.from()));
			typed.put("to", String.valueOf(filter.to()));
		}
		catch (InvalidInput invalid) {
			model.addAttribute("errors", invalid.fieldErrors().keySet().stream()
				.filter(field -> field.equals("from") || field.equals("to"))
				.collect(java.util.stream.Collectors.toMap(field -> field, field -> words.of("analytics.error." + field))));
		}
		return "analytics/administration";
	}

	private static Map<String, String> typed(Map<String, String> params) {
		var typed = new LinkedHashMap<String, String>();
		for (var field : new String[] { "from", "to", "organiser", "type", "riskArea", "state" }) {
			typed.put(field, params.getOrDefault(field, "").strip());
		}
		return typed;
	}

	private void options(Model model) {
		var organisers = new LinkedHashMap<String, String>();
		reference.organisations().stream().sorted(Comparator.comparing(o -> o.name()))
			.forEach(o -> organisers.put(o.code(), o.name()));
		model.addAttribute("organisers", organisers);
		var types = new LinkedHashMap<String, String>();
		Arrays.stream(OperationType.values()).forEach(t -> types.put(t.name(), words.type(t.name())));
		model.addAttribute("types", types);
		var areas = new LinkedHashMap<String, String>();
		reference.riskAreas().stream().sorted(Comparator.comparing(c -> c.name())).forEach(c -> areas.put(c.code(), c.name()));
		model.addAttribute("riskAreas", areas);
		var states = new LinkedHashMap<String, String>();
		reference.countries().stream().filter(c -> c.kind() == Country.Kind.EU_MEMBER)
			.sorted(Comparator.comparing(Country::name)).forEach(c -> states.put(c.code(), c.name()));
		model.addAttribute("states", states);
		model.addAttribute("administrations", administrations());
	}

	/** The customs administrations of the member states, for the per-administration pages. */
	private Map<String, String> administrations() {
		var administrations = new LinkedHashMap<String, String>();
		reference.organisations().stream()
			.filter(o -> o.kind() == eu.jcohub.reference.Organisation.Kind.CUSTOMS)
			.sorted(Comparator.comparing(o -> o.name()))
			.forEach(o -> administrations.put(o.code(), o.name()));
		return administrations;
	}

	/** The filter as a query string, for the downloads' links. */
	private static String query(OverviewFilter f) {
		var query = new StringBuilder("from=" + f.from() + "&to=" + f.to());
		if (f.organiser() != null) {
			query.append("&organiser=").append(f.organiser());
		}
		if (f.type() != null) {
			query.append("&type=").append(f.type().name());
		}
		if (f.riskArea() != null) {
			query.append("&riskArea=").append(f.riskArea());
		}
		if (f.state() != null) {
			query.append("&state=").append(f.state());
		}
		return query.toString();
	}
}
