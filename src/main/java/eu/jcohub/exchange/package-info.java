/**
 * Exchange of plans with other bodies: import of their work programmes (CSV, iCalendar) with a per-line
 * report, exports (CSV, iCalendar feed), the tabling list for the Coordination Mechanism, and the
 * semester reminder to collect the other bodies' plans. It reads and writes operations through the
 * operations module's API only.
 */
@NullMarked
package eu.jcohub.exchange;

import org.jspecify.annotations.NullMarked;
