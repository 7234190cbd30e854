/**
 * The Operation Coordination Unit's work while an operation runs: the live picture of what the participants
 * report (built from validated reports only), the warning when seizures at a place dry up while controls go on,
 * the OCU's messages and alerts with who acknowledged them, and the review of a phase at the break.
 */
@NullMarked
package eu.jcohub.coordination;

import org.jspecify.annotations.NullMarked;
