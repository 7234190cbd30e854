package eu.jcohub.cooperation;

/** The kinds of national authority that may be competent for a special form of cooperation. */
public enum Authority {
	CUSTOMS, POLICE, BORDER_GUARD, PROSECUTOR, INVESTIGATING_JUDGE, OTHER
}
