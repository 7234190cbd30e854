package eu.jcohub.followup.web;

import eu.jcohub.followup.FollowupWords;
import eu.jcohub.followup.RecommendationFilter;
import eu.jcohub.followup.RecommendationStatus;
import eu.jcohub.shared.InvalidInput;
import eu.jcohub.shared.OperationId;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The list's filters as the page and the API take them: blank is "any"; an unknown status is refused. */
final class Filters {

	private Filters() {
	}

	static RecommendationFilter of(@Nullable String status, @Nullable String addressee, boolean overdue,
			@Nullable String source, boolean mine, @Nullable String operation, FollowupWords words) {
		var from = operation(operation);
		if (from.isEmpty() && operation != null && !operation.isBlank()) {
			throw InvalidInput.of("operation", words.of("followup.error.operation"));
		}
		return new RecommendationFilter(status(status, words), blankToNull(addressee), overdue, blankToNull(source), mine,
				from.orElse(null));
	}

	/** The page's filters: an unknown status (an address typed or cut short) shows every status, as "any" does. */
	static RecommendationFilter lenient(@Nullable String status, @Nullable String addressee, boolean overdue,
			@Nullable String source, boolean mine, @Nullable String operation) {
		RecommendationStatus known = null;
		if (status != null && !status.isBlank()) {
			try {
				known = RecommendationStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException unknown) {
				known = null;
			}
		}
		return new RecommendationFilter(known, blankToNull(addressee), overdue, blankToNull(source), mine,
				operation(operation).orElse(null));
	}

	/** The filters in words, for the exported files' generation line. */
	static String described(RecommendationFilter filter, FollowupWords words, FollowupNames names,
			Map<OperationId, String> operations) {
		var parts = new ArrayList<String>();
		if (filter.status() != null) {
			parts.add(words.of("followup.status." + filter.status().name()));
		}
		if (filter.addressee() != null) {
			parts.add(names.organisation(filter.addressee()));
		}
		if (filter.source() != null) {
			parts.add(filter.source());
		}
		if (filter.operation() != null) {
			parts.add(operations.getOrDefault(filter.operation(), ""));
		}
		if (filter.overdue()) {
			parts.add(words.of("followup.filter.overdue"));
		}
		if (filter.mine()) {
			parts.add(words.of("followup.filter.mine"));
		}
		return parts.isEmpty() ? words.of("followup.filter.none") : String.join(" · ", parts);
	}

	private static @Nullable RecommendationStatus status(@Nullable String value, FollowupWords words) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return RecommendationStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw InvalidInput.of("status", words.of("followup.error.status"));
		}
	}

	private static Optional<OperationId> operation(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return Optional.empty();
		}
		try {
			return Optional.of(OperationId.of(UUID.fromString(value.strip())));
		}
		catch (IllegalArgumentException notAnId) {
			return Optional.empty();
		}
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
