/**
 * The coordination calendar: one register of every operation (full-scale and regional JCOs, national
 * operations, and those of other bodies), deconfliction of each new or changed operation against all others,
 * and exchange of plans with other bodies.
 */
@NullMarked
package eu.jcohub.operations;

import org.jspecify.annotations.NullMarked;
