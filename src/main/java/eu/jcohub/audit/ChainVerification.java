package eu.jcohub.audit;

import org.jspecify.annotations.Nullable;

/**
 * The result of recomputing the audit chain: intact, or the first broken link and why (an entry changed,
 * or entries removed before it). Entries written but not linked into the chain yet are pending: they are
 * neither checked nor a sign of tampering (they are linked within seconds of their commit).
 */
public record ChainVerification(boolean intact, long entriesChecked, @Nullable Long firstBrokenEntry,
		@Nullable String problem, long pending) {

	static ChainVerification intact(long checked, long pending) {
		return new ChainVerification(true, checked, null, null, pending);
	}

	static ChainVerification broken(long checked, long entry, String problem, long pending) {
		return new ChainVerification(false, checked, entry, problem, pending);
	}
}
