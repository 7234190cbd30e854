package eu.jcohub.planning;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A checklist to start an operation's planning from: tasks with deadlines counted from the operation's days. */
public record ChecklistTemplate(UUID id, String name, @Nullable String description, List<Item> items, long version) {

	public ChecklistTemplate {
		items = List.copyOf(items);
	}

	/**
	 * One task of the template.
	 *
	 * @param ownerOrganisation who owns it; none for the operation's organiser
	 */
	public record Item(String title, TaskCategory category, Deadline deadline, @Nullable String ownerOrganisation) {
	}
}
