package eu.jcohub.planning;

import org.jspecify.annotations.Nullable;

/**
 * A change to a task; what is left empty stays as it is. The owners of a task change its state; who plans the
 * operation changes everything.
 *
 * @param ownerUsername the person to give it to; an empty text takes it back to the whole organisation
 * @param version the version read, if the caller wants a stale change refused
 */
public record TaskChange(@Nullable String state, @Nullable String title, @Nullable String due,
		@Nullable String ownerOrganisation, @Nullable String ownerUsername, @Nullable Long version) {

	/** Whether it changes only the state. */
	public boolean stateOnly() {
		return title == null && due == null && ownerOrganisation == null && ownerUsername == null;
	}
}
