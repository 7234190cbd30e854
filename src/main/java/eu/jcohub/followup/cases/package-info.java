/**
 * Investigation cases: an infringement found in a validated field report followed as a criminal or
 * administrative case by the administration that investigates it, with its timeline of events (charges, seizures
 * of assets, court decisions, penalties, duties and taxes recovered) and reminders while it is open. Exposed as the
 * module's "cases" interface, for the demonstration data and the debriefing pack.
 */
@NullMarked
@NamedInterface("cases")
package eu.jcohub.followup.cases;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
