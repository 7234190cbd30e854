/** Follow-up's items on the facilitator board's follow-up tab: stale investigation cases and overdue actions. */
@NullMarked
package eu.jcohub.followup.board;

import org.jspecify.annotations.NullMarked;
