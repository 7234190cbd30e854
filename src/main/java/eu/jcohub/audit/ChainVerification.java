package eu.jcohub.audit;

import org.jspecify.annotations.Nullable;

/**
 * The result of recomputing the audit chain: intact, or the first broken link and why (an entry changed,
 * or entries removed before it).
 */
public record ChainVerification(boolean intact, long entriesChecked, @Nullable Long firstBrokenEntry,
		@Nullable String problem) {

	static ChainVerification intact(long checked) {
		return new ChainVerification(true, checked, null, null);
	}

	static ChainVerification broken(long checked, long entry, String problem) {
		return new ChainVerification(false, checked, entry, problem);
	}
}
