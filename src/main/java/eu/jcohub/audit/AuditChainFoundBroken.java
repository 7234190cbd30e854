package eu.jcohub.audit;

import java.time.Instant;

/**
 * The daily check found the audit chain broken: an entry was changed or removed after it was written.
 *
 * @param firstBrokenEntry the number of the first entry that no longer fits the chain
 * @param checkedAt when the check ran
 */
public record AuditChainFoundBroken(long firstBrokenEntry, Instant checkedAt) {
}
