package eu.jcohub.exchange;

import java.time.Instant;

/**
 * One pull of a subscription, in words.
 *
 * @param outcome CHANGED, UNCHANGED (the file held nothing new), NOT_MODIFIED (the server said so) or FAILED
 */
record SubscriptionPull(Instant pulledAt, String outcome, String summary) {
}
