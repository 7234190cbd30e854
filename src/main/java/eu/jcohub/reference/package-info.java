/**
 * Reference data every capability speaks in: countries, organisations (customs administrations, police and
 * judicial authorities, EU and international bodies), risk areas, transport modes and control locations.
 * Seeded from public lists; administrators may edit it.
 */
@NullMarked
package eu.jcohub.reference;

import org.jspecify.annotations.NullMarked;
