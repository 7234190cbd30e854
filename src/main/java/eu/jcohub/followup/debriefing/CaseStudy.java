package eu.jcohub.followup.debriefing;

import java.time.Instant;
import java.util.UUID;

/** A validated report the leader picked as a case study for the debriefing's workshops, with why. */
public record CaseStudy(UUID reportId, String note, String pickedBy, Instant pickedAt) {
}
