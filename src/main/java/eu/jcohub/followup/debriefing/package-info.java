/**
 * An operation's debriefing: its objectives evaluated from the validated figures (and those assessed by hand, as
 * recorded), the threat-assessment draft generated from its validated reports with the analyst's edits, and the
 * reports its leader picked as workshop case studies. Read by those taking part and the holders of a role on the
 * operation, kept by its leader and analysts, never by police or judicial partners. Exposed as the module's
 * "debriefing" interface, for the demonstration data.
 */
@NullMarked
@NamedInterface("debriefing")
package eu.jcohub.followup.debriefing;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
