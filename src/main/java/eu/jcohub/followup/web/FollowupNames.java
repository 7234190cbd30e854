package eu.jcohub.followup.web;

import eu.jcohub.access.CurrentUser;
import eu.jcohub.accounts.UserAccounts;
import eu.jcohub.reference.Organisation;
import eu.jcohub.reference.ReferenceData;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/** Names for the codes the monitoring file shows. Public because templates call it (SpEL calls public methods only). */
@Component
public class FollowupNames {

	private final ReferenceData reference;
	private final UserAccounts accounts;

	FollowupNames(ReferenceData reference, UserAccounts accounts) {
		this.reference = reference;
		this.accounts = accounts;
	}

	/** A person as others know them, from their username; the username where the account is gone. */
	public String person(String username) {
		return accounts.find(username).map(CurrentUser::displayName).orElse(username);
	}

	public String organisation(String code) {
		return reference.organisation(code).map(Organisation::name).orElse(code);
	}

	/** Every organisation JCO Hub knows, by name: the addressees and owners to choose from. */
	public List<Organisation> organisations() {
		return reference.organisations().stream().sorted(Comparator.comparing(Organisation::name)).toList();
	}
}
