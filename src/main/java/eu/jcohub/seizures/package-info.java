/**
 * Seizure reports: what officers seized during an operation, reported by their organisation, shared under a
 * handling code, with the persons and companies involved kept as personal data. Every read of a report's
 * details is in the audit trail.
 */
@NullMarked
package eu.jcohub.seizures;

import org.jspecify.annotations.NullMarked;
