/**
 * Deconfliction: every new or changed operation is checked against all others on time, participants, risk areas,
 * transport modes and places; each conflict is scored, explained and recorded with how its owners resolved it,
 * and both owners hear of new ones. The operation page and form show it through the operations module's
 * extension points.
 */
@NullMarked
package eu.jcohub.deconfliction;

import org.jspecify.annotations.NullMarked;
