/**
 * Analytics: the working party's overview of the operations, their coverage, timing, participation, funding,
 * cooperation, conflicts and results, and each administration's share of them. Figures are counted from the other
 * modules' published events (kept as aggregates of its own) and read through their public services, never from
 * their tables; a figure only counts what the reader may see.
 */
@NullMarked
package eu.jcohub.analytics;

import org.jspecify.annotations.NullMarked;
