package eu.jcohub.followup.debriefing;

import java.time.Instant;

/** How an objective measured by hand was judged at the debriefing, by whom and when. */
public record Assessment(Verdict verdict, String text, String author, Instant assessedAt) {
}
