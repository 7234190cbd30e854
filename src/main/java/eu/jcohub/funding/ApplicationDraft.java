package eu.jcohub.funding;

import org.jspecify.annotations.Nullable;

/**
 * An application or a change to one as typed: amounts in euro with at most two decimals, days as YYYY-MM-DD, the
 * status's code. In a change, a field left out stays as it is.
 */
public record ApplicationDraft(@Nullable String programme, @Nullable String requested, @Nullable String submittedOn,
		@Nullable String decidedOn, @Nullable String granted, @Nullable String status, @Nullable String documents) {
}
