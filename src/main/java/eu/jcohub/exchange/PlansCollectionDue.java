package eu.jcohub.exchange;

import java.time.LocalDate;

/**
 * The secretariat should now collect the other bodies' plans for the coming semester, published once per
 * semester, eight weeks before the Presidency takes office.
 *
 * @param semester the coming semester, e.g. {@code 2027-1}
 * @param presidencyStart the day the Presidency takes office
 * @param dueDate the last day for the plans to be in: the day before the Presidency starts
 */
public record PlansCollectionDue(String semester, LocalDate presidencyStart, LocalDate dueDate) {
}
