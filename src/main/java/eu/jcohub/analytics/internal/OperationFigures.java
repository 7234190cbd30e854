package eu.jcohub.analytics.internal;

import eu.jcohub.deconfliction.ConflictOutcome;
import eu.jcohub.followup.CaseOutcomes;
import eu.jcohub.funding.FundingApplication;
import eu.jcohub.planning.InvitationFigure;
import eu.jcohub.shared.OperationId;
import java.util.List;
import java.util.Map;

/**
 * One operation's figures as the other modules have them now: its invitations, its recorded conflicts, its funding
 * applications, its Naples II requests per article and its cases' outcomes.
 */
public record OperationFigures(OperationId id, List<InvitationFigure> invitations, List<ConflictOutcome> conflicts,
		List<FundingApplication> funding, Map<Integer, Long> naplesPerArticle, CaseOutcomes cases) {
}
