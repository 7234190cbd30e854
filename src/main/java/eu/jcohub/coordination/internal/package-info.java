/** The coordination module's tables, projections of the reporting side's events, and the live feed. */
@NullMarked
package eu.jcohub.coordination.internal;

import org.jspecify.annotations.NullMarked;
