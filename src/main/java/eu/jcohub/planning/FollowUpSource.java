package eu.jcohub.planning;

import java.time.LocalDate;
import java.util.List;

/**
 * Something the facilitating structure follows up after operations, shown on the facilitator board's follow-up
 * tab: overdue follow-up tasks here; stale investigation cases and overdue recommendation actions from the
 * capabilities that keep them, each as a bean of its own, so that planning depends on none of them.
 */
public interface FollowUpSource {

	/** The bundle key of the source's heading. */
	String titleKey();

	/** What is to be followed up today, worded for the facilitating structure and the secretariat. */
	List<FollowUpItem> items(LocalDate today);
}
