package eu.jcohub.deconfliction;

import eu.jcohub.shared.OperationId;

/**
 * Someone of another organisation checked a draft that conflicts with an operation whose details they may not see.
 * They were told only that a conflict exists and whom to call; the operation's owners hear who checked, as
 * systems of this kind tell both sides. Raised at most once a day per operation and checking organisation.
 *
 * @param checkedBy the checking user's organisation
 */
public record OperationMetByCheck(OperationId operationId, String operationName, String organiser, String checkedBy) {
}
