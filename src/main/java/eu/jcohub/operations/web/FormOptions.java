package eu.jcohub.operations.web;

import eu.jcohub.operations.Competence;
import eu.jcohub.operations.OperationType;
import eu.jcohub.operations.PolicyDomain;
import eu.jcohub.reference.Category;
import eu.jcohub.reference.Country;
import eu.jcohub.reference.Location;
import eu.jcohub.reference.Organisation;
import eu.jcohub.reference.ReferenceData;
import java.util.ArrayList;
import java.util.Collection;
import java.util.stream.Collectors;
import java.util.LinkedHashMap;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The choices the calendar's forms offer, from the reference lists, and the names pages show for codes.
 * Public because templates call it (SpEL calls public methods only).
 */
@Component
public class FormOptions {

	private final ReferenceData reference;

	FormOptions(ReferenceData reference) {
		this.reference = reference;
	}

	/** Adds every list a filter or operation form offers to the page model. */
	void addTo(Model model) {
		model.addAttribute("countries", List.copyOf(reference.countries()));
		model.addAttribute("organisations", List.copyOf(reference.organisations()));
		model.addAttribute("riskAreaGroups", groups(reference.riskAreas()));
		model.addAttribute("transportModeGroups", groups(reference.transportModes()));
		model.addAttribute("locations", List.copyOf(reference.locations()));
		model.addAttribute("types", OperationType.values());
		model.addAttribute("competences", Competence.values());
		model.addAttribute("domains", PolicyDomain.values());
		model.addAttribute("names", this);
	}

	/** Every organisation, by name. */
	List<Organisation> organisations() {
		return List.copyOf(reference.organisations());
	}

	public String organisationName(String code) {
		return reference.organisation(code).map(Organisation::name).orElse(code);
	}

	/** Country names for codes, comma-separated, for reading rather than matching. */
	public String countryNames(Collection<String> codes) {
		return codes.stream().map(this::countryName).collect(Collectors.joining(", "));
	}

	public String riskAreaNames(Collection<String> codes) {
		return codes.stream().map(reference::riskAreaName)
			.collect(Collectors.joining(", "));
	}

	public String transportModeNames(Collection<String> codes) {
		return codes.stream().map(code -> reference.transportMode(code).map(Category::name).orElse(code))
			.collect(Collectors.joining(", "));
	}

	public String organisationNames(Collection<String> codes) {
		return codes.stream().map(this::organisationName).collect(Collectors.joining(", "));
	}

	/** The organisation's country, if it belongs to one (an EU agency does not). */
	@Nullable String countryOf(String organisation) {
		return reference.organisation(organisation).flatMap(Organisation::countryCode).orElse(null);
	}

	/** The organisation, or a stand-in named by its code if the reference list no longer has it. */
	Organisation organisation(String code) {
		return reference.organisation(code)
			.orElseGet(() -> new Organisation(code, code, Organisation.Kind.INTERNATIONAL_BODY, null, code));
	}

	/** The organisation's letter code, shown with its colour. */
	public String abbreviationOf(String code) {
		return organisation(code).abbreviation();
	}

	public String countryName(String code) {
		return reference.country(code).map(Country::name).orElse(code);
	}

	public String locationName(String code) {
		return reference.location(code).map(Location::name).orElseGet(() -> countryName(code));
	}

	/** Top-level entries with their children, so a long list reads as a short one. */
	private static List<Group> groups(Iterable<Category> categories) {
		var byParent = new LinkedHashMap<String, Group>();
		for (var category : categories) {
			if (category.parent() == null) {
				byParent.put(category.code(), new Group(category, new ArrayList<>()));
			}
		}
		for (var category : categories) {
			if (category.parent() != null && byParent.containsKey(category.parent())) {
				byParent.get(category.parent()).children().add(category);
			}
		}
		return List.copyOf(byParent.values());
	}

	public record Group(Category parent, List<Category> children) {
	}
}
