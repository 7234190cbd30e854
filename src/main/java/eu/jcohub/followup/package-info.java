/**
 * Follow-up of operations and of the working party's own work. For now the recommendation monitoring file: every
 * recommendation with its source, addressee, status, evidence and the actions taken on it by their owners and due
 * dates, with reminders of overdue actions and recurring recommendations flagged.
 */
@NullMarked
package eu.jcohub.followup;

import org.jspecify.annotations.NullMarked;
