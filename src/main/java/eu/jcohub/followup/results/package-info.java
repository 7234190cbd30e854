/**
 * An operation's final results that keep growing: its operational figures and the outcomes of the cases that
 * started from it, as of any day and as of its debriefing.
 */
@NullMarked
package eu.jcohub.followup.results;

import org.jspecify.annotations.NullMarked;
