package eu.jcohub.planning;

import eu.jcohub.shared.OperationId;
import java.util.Locale;
import java.util.Optional;

/**
 * Where an operation's funding stands, in words, for the facilitator board: provided by the funding capability once
 * it exists (the board says "not yet tracked" until then).
 */
public interface FundingState {

	Optional<String> describe(OperationId operation, Locale locale);
}
