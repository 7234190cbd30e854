package eu.jcohub.exchange;

import eu.jcohub.operations.OperationPlan;
import eu.jcohub.reference.Category;
import eu.jcohub.reference.Country;
import eu.jcohub.reference.Location;
import eu.jcohub.reference.ReferenceData;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Reads the free text of another body's event — LOCATION, DESCRIPTION, CATEGORIES — for what the reference data
 * knows: countries by ISO code or by their English, French or German name; ports, airports and border crossings
 * by name or code; risk areas and transport modes by name or code. What it finds is only offered: deconfliction
 * needs those fields, but a guess must never enter the calendar unseen.
 */
@Component
class PlanSuggestions {

	static final String PARTICIPANTS = "participants";
	static final String LOCATIONS = "locations";
	static final String TRANSPORT_MODES = "transportModes";
	static final String RISK_AREAS = "riskAreas";

	private static final Pattern WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
	private static final Pattern MARKS = Pattern.compile("\\p{M}+");
	/** Short place names (Bar, Ely) are common words too: only codes find them. */
	private static final int SHORTEST_NAME = 4;

	private final ReferenceData reference;
	private final MessageSource messages;

	PlanSuggestions(ReferenceData reference, MessageSource messages) {
		this.reference = reference;
		this.messages = messages;
	}

	/** What the event's free text names that the plan lacks; {@code texts} by source (LOCATION, DESCRIPTION …). */
	List<Suggestion> suggest(String ref, OperationPlan plan, Map<String, String> texts) {
		var suggestions = new ArrayList<Suggestion>();
		var countries = found(texts, reference.countries(), Country::code, this::countryNames, true);
		countries.keySet().removeAll(plan.countriesTakingPart());
		add(suggestions, ref, PARTICIPANTS, countries, code -> code);
		var locations = found(texts, reference.locations(), Location::code, location -> List.of(location.name()), true);
		locations.keySet().removeAll(plan.locations());
		add(suggestions, ref, LOCATIONS, locations, reference::locationName);
		var modes = found(texts, reference.transportModes(), Category::code, mode -> List.of(mode.name()), false);
		modes.keySet().removeAll(plan.transportModes());
		add(suggestions, ref, TRANSPORT_MODES, modes,
				code -> reference.transportMode(code).map(Category::name).orElse(code));
		var risks = found(texts, reference.riskAreas(), Category::code, risk -> List.of(risk.name()), false);
		risks.keySet().removeAll(plan.riskAreas());
		add(suggestions, ref, RISK_AREAS, risks, reference::riskAreaName);
		return suggestions;
	}

	/** The plan with the suggestions accepted. */
	static OperationPlan accept(OperationPlan plan, List<Suggestion> accepted) {
		var participants = new LinkedHashSet<>(plan.participants());
		var locations = new LinkedHashSet<>(plan.locations());
		var modes = new LinkedHashSet<>(plan.transportModes());
		var risks = new LinkedHashSet<>(plan.riskAreas());
		for (var suggestion : accepted) {
			switch (suggestion.field()) {
				case PARTICIPANTS -> participants.addAll(suggestion.codes());
				case LOCATIONS -> locations.addAll(suggestion.codes());
				case TRANSPORT_MODES -> modes.addAll(suggestion.codes());
				case RISK_AREAS -> risks.addAll(suggestion.codes());
				default -> throw new IllegalArgumentException("no such field: " + suggestion.field());
			}
		}
		return new OperationPlan(plan.name(), plan.type(), plan.organiser(), plan.leadCountry(), participants,
				plan.partnerOrganisations(), plan.competence(), plan.domain(), plan.contactPoint(), plan.externalId(),
				risks, modes, locations, plan.phases(), plan.objectives());
	}

	private List<String> countryNames(Country country) {
		var locale = new Locale("", country.code());
		return List.of(country.name(), locale.getDisplayCountry(Locale.ENGLISH), locale.getDisplayCountry(Locale.FRENCH),
				locale.getDisplayCountry(Locale.GERMAN));
	}

	/** Codes of the entries the texts name, each with the first source that named it, in the order written. */
	private static <T> Map<String, String> found(Map<String, String> texts, Collection<T> entries,
			java.util.function.Function<T, String> code, java.util.function.Function<T, List<String>> names,
			boolean codesAsWritten) {
		var found = new LinkedHashMap<String, String>();
		texts.forEach((source, text) -> {
			var words = " " + normalise(text) + " ";
			var tokens = new java.util.HashSet<>(java.util.Arrays.asList(WORD.split(text)));
			var here = new java.util.TreeMap<Integer, String>();
			for (var entry : entries) {
				var entryCode = code.apply(entry);
				int at = Integer.MAX_VALUE;
				if (codesAsWritten ? tokens.contains(entryCode) : true) {
					at = Math.min(at, position(words, normalise(entryCode.replace('_', ' '))));
				}
				for (var name : names.apply(entry)) {
					var normalised = normalise(name);
					if (normalised.length() >= SHORTEST_NAME) {
						at = Math.min(at, position(words, normalised));
					}
				}
				if (at != Integer.MAX_VALUE) {
					here.putIfAbsent(at, entryCode);
				}
			}
			here.values().forEach(entryCode -> found.putIfAbsent(entryCode, source));
		});
		return found;
	}

	/** Where the words stand in the text as whole words, or {@link Integer#MAX_VALUE}. */
	private static int position(String words, String wanted) {
		if (wanted.isEmpty()) {
			return Integer.MAX_VALUE;
		}
		int at = words.indexOf(" " + wanted + " ");
		return at < 0 ? Integer.MAX_VALUE : at;
	}

	/** Lower case, without accents, words separated by single spaces: Österreich and osterreich match. */
	static String normalise(String text) {
		var decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
		return WORD.matcher(MARKS.matcher(decomposed).replaceAll("")).replaceAll(" ").strip()
			.toLowerCase(Locale.ROOT);
	}

	/** One suggestion for the field, in words: countries by their ISO code, everything else by its name. */
	private void add(List<Suggestion> suggestions, String ref, String field, Map<String, String> found,
			java.util.function.Function<String, String> name) {
		if (found.isEmpty()) {
			return;
		}
		var codes = new LinkedHashSet<>(found.keySet());
		var sources = new LinkedHashSet<>(found.values());
		var where = String.join(", ", sources.stream().map(source -> messages.getMessage("exchange.suggestion.source."
				+ source, null, source, LocaleContextHolder.getLocale())).toList());
		var text = messages.getMessage("exchange.suggestion." + field, new Object[] { String.join(", ", codes.stream().map(name).toList()), where },
				LocaleContextHolder.getLocale());
		suggestions.add(new Suggestion(field, codes, String.join(",", sources), text, false, ImportOptions.key(ref, field)));
	}
}
