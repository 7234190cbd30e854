package eu.jcohub.planning.web;

import eu.jcohub.access.CurrentUser;
import eu.jcohub.accounts.UserAccounts;
import eu.jcohub.reference.Category;
import eu.jcohub.reference.Country;
import eu.jcohub.reference.Location;
import eu.jcohub.reference.Organisation;
import eu.jcohub.reference.ReferenceData;
import java.util.Collection;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The names planning's pages show for codes and usernames. Public because templates call it. */
@Component("planningNames")
public class Names {

	private final ReferenceData reference;
	private final UserAccounts accounts;

	Names(ReferenceData reference, UserAccounts accounts) {
		this.reference = reference;
		this.accounts = accounts;
	}

	public String organisation(String code) {
		return reference.organisation(code).map(Organisation::name).orElse(code);
	}

	public String country(String code) {
		return reference.country(code).map(Country::name).orElse(code);
	}

	public String countries(Collection<String> codes) {
		return codes.stream().map(this::country).sorted().collect(Collectors.joining(", "));
	}

	public String riskArea(String code) {
		return reference.riskAreaName(code);
	}

	public String riskAreas(Collection<String> codes) {
		return codes.stream().map(this::riskArea).sorted().collect(Collectors.joining(", "));
	}

	public String transportModes(Collection<String> codes) {
		return codes.stream().map(code -> reference.transportMode(code).map(Category::name).orElse(code)).sorted()
			.collect(Collectors.joining(", "));
	}

	public String locations(Collection<String> codes) {
		return codes.stream()
			.map(code -> reference.location(code).map(Location::name).map(name -> name + " (" + code + ")").orElse(code))
			.sorted()
			.collect(Collectors.joining(", "));
	}

	/** A person as others know them; the username where the account is gone. */
	public String person(@Nullable String username) {
		if (username == null) {
			return "";
		}
		return accounts.find(username).map(CurrentUser::displayName).orElse(username);
	}
}
