package eu.jcohub.planning;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A checklist template as typed: its items' fields as text, so that each wrong one can be named. */
public record TemplateDraft(@Nullable String name, @Nullable String description, List<ItemDraft> items) {

	public TemplateDraft {
		items = items == null ? List.of() : List.copyOf(items);
	}

	/**
	 * One item as typed.
	 *
	 * @param amount how many units from the anchor day; negative before it
	 */
	public record ItemDraft(@Nullable String title, @Nullable String category, @Nullable String amount,
			@Nullable String unit, @Nullable String anchor, @Nullable String ownerOrganisation) {

		public boolean blank() {
			return (title == null || title.isBlank()) && (amount == null || amount.isBlank());
		}
	}
}
