/**
 * Exchange of plans with other bodies: import of their work programmes (CSV, iCalendar) with a per-line
 * report, exports (CSV, iCalendar feed), the tabling list for the Coordination Mechanism, and the
 * semester reminder to collect the other bodies' plans. Only {@link eu.jcohub.operations.exchange.PlansCollectionDue}
 * is meant for other modules.
 */
@NullMarked
@NamedInterface("exchange")
package eu.jcohub.operations.exchange;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
