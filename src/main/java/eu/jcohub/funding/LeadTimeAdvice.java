package eu.jcohub.funding;

import java.time.LocalDate;

/**
 * When an operation must apply to a programme that pays for it, and whether it is too late.
 *
 * @param warning the decision may come after the operation's start (or the latest day to apply has passed)
 * @param text what to do, in words
 */
public record LeadTimeAdvice(String programme, String name, int expectedDays, LocalDate latestToApply,
		boolean warning, String text) {
}
