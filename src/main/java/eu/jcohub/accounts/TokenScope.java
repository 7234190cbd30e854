package eu.jcohub.accounts;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a personal API token may do: {@code READ} only look (GET and HEAD), {@code WRITE} also change what its
 * account may change. Writing includes reading.
 */
public enum TokenScope {

	READ, WRITE;

	/** The scopes with what they imply (WRITE brings READ along), in their order, unmodifiable. */
	static Set<TokenScope> closed(Set<TokenScope> scopes) {
		var closed = scopes.isEmpty() ? EnumSet.noneOf(TokenScope.class) : EnumSet.copyOf(scopes);
		if (closed.contains(WRITE)) {
			closed.add(READ);
		}
		return Collections.unmodifiableSet(closed);
	}
}
