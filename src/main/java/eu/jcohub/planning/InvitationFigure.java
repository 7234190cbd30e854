package eu.jcohub.planning;

import org.jspecify.annotations.Nullable;

/** One invitation as figures count it: whom, and its answer; nothing of its contacts or notes. */
public record InvitationFigure(String organisation, Invitation.State state, @Nullable DeclineReason reason) {
}
