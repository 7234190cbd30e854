package eu.jcohub.access;

/**
 * A principal that stands for a JCO Hub account, however it signed in (password, API token or the
 * organisation's identity provider); the access policy knows the user by it.
 */
interface SignedInAccount {

	CurrentUser user();
}
