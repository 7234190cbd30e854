package eu.jcohub.cooperation;

import eu.jcohub.reference.ReferenceData;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes the guidance for a request between two member states from their entries in the matrix, in sentences of the
 * message bundle: who asks on the requesting side and who must agree, who decides and acts on the requested side,
 * what each declared, whom to call, and what is missing or old.
 */
@Component
class GuidanceWriter {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
	private final MessageSource messages;
	private final ReferenceData reference;

	GuidanceWriter(MessageSource messages, ReferenceData reference) {
		this.messages = messages;
		this.reference = reference;
	}

	Guidance write(Article article, String from, String to, Optional<CompetenceEntry> requesting,
			Optional<CompetenceEntry> requested) {
		var form = text("cooperation.article." + article.number());
		var title = text("cooperation.guidance.title", form.substring(0, 1).toUpperCase(Locale.ENGLISH) + form.substring(1),
				countryName(from), countryName(to));
		return new Guidance(article.number(), from, to, title, side(from, requesting, true), side(to, requested, false),
				requesting.isPresent() && requested.isPresent(),
				requesting.map(CompetenceEntry::demonstration).orElse(false)
						|| requested.map(CompetenceEntry::demonstration).orElse(false));
	}

	private List<String> side(String country, Optional<CompetenceEntry> found, boolean requesting) {
		var name = countryName(country);
		if (found.isEmpty()) {
			return List.of(text("cooperation.guidance.missing", name));
		}
		var entry = found.get();
		var lines = new ArrayList<String>();
		var competent = authorities(entry.authorities());
		var role = requesting ? "requesting" : "requested";
		if (entry.decidedBy() == null) {
			lines.add(text("cooperation.guidance." + role, name, competent));
		}
		else {
			lines.add(text("cooperation.guidance." + role + ".decided", name, competent, authority(entry.decidedBy())));
		}
		if (!entry.customsCompetent()) {
			lines.add(text("cooperation.guidance.noCustoms", name, competent));
		}
		var declaration = entry.declaration();
		lines.add(declaration == null || declaration.isBlank() ? text("cooperation.guidance.noDeclaration", name)
				: text("cooperation.guidance.declaration", name, declaration.strip()));
		lines.add(text("cooperation.guidance.contact", name, entry.contactPoint()));
		lines.add(text("cooperation.guidance.legalBasis", name, entry.legalBasis()));
		if (entry.toReconfirm()) {
			lines.add(text("cooperation.guidance.old", name, DAY.format(entry.lastConfirmed())));
		}
		return lines;
	}

	/** The authorities in words: customs, the police and the public prosecutor. */
	String authorities(List<Authority> authorities) {
		var words = authorities.stream().map(this::authority).toList();
		if (words.isEmpty()) {
			return text("cooperation.authority.none");
		}
		if (words.size() == 1) {
			return words.get(0);
		}
		return String.join(", ", words.subList(0, words.size() - 1)) + " " + text("cooperation.and") + " "
				+ words.get(words.size() - 1);
	}

	private String authority(@Nullable Authority authority) {
		return authority == null ? "" : text("cooperation.authority." + authority.name());
	}

	private String countryName(String code) {
		return reference.country(code).map(country -> country.name()).orElse(code);
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, Locale.ENGLISH);
	}
}
