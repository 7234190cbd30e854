/**
 * The audit trail: every change to a record, who made it, acting for which organisation, from where, with
 * the state before and after. Append-only, each entry chained to the previous one by a hash.
 */
@NullMarked
package eu.jcohub.audit;

import org.jspecify.annotations.NullMarked;
