/**
 * Planning and facilitation: the operation's lifecycle (the only way an operation moves from proposal to closed,
 * with the history of who moved it, when and why, and guards other modules contribute), the business case the
 * secretariat approves, measurable objectives, checklists from editable templates with their reminders,
 * invitations to take part and the facilitator board.
 */
@NullMarked
package eu.jcohub.planning;

import org.jspecify.annotations.NullMarked;
