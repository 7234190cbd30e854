package eu.jcohub.access;

import eu.jcohub.shared.ActingFor;

/**
 * A principal that stands for a JCO Hub account, however it signed in: the access policy knows the user by it.
 * The accounts module decides how people sign in; this is all the policy needs of them.
 */
public interface SignedIn extends ActingFor {

	CurrentUser user();

	@Override
	default String username() {
		return user().username();
	}

	@Override
	default String displayName() {
		return user().displayName();
	}

	@Override
	default String organisation() {
		return user().organisation();
	}
}
