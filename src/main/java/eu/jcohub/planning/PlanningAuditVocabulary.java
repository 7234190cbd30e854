package eu.jcohub.planning;

import eu.jcohub.reference.Country;
import eu.jcohub.reference.Organisation;
import eu.jcohub.reference.ReferenceData;
import eu.jcohub.shared.AuditAction;
import eu.jcohub.shared.AuditVocabulary;
import eu.jcohub.shared.AuditWording;
import eu.jcohub.shared.RecordKind;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Planning's records in the audit trail: business cases, objectives, checklists and their tasks, templates and
 * invitations, with their codes (states, organisations, countries, risk areas, decline reasons) in words. Lifecycle
 * steps are changes of the operation's status, written by the operations module.
 */
@Component
class PlanningAuditVocabulary implements AuditVocabulary {

	static final RecordKind BUSINESS_CASE = new RecordKind("business-case");
	static final RecordKind OBJECTIVES = new RecordKind("objectives");
	static final RecordKind CHECKLIST = new RecordKind("checklist");
	static final RecordKind TASK = new RecordKind("checklist-task");
	static final RecordKind TEMPLATE = new RecordKind("checklist-template");
	static final RecordKind INVITATION = new RecordKind("invitation");
	static final AuditAction ACCEPTED = new AuditAction("ACCEPTED");
	static final AuditAction DECLINED = new AuditAction("DECLINED");

	private final ReferenceData reference;

	PlanningAuditVocabulary(ReferenceData reference) {
		this.reference = reference;
	}

	@Override
	public Set<RecordKind> kinds() {
		return Set.of(BUSINESS_CASE, OBJECTIVES, CHECKLIST, TASK, TEMPLATE, INVITATION);
	}

	@Override
	public Optional<String> value(RecordKind kind, String field, String value, AuditWording wording) {
		return switch (field) {
			case "organisation", "ownerOrganisation" -> reference.organisation(value).map(Organisation::name);
			case "expectedParticipants" -> reference.country(value).map(Country::name);
			case "riskAreas" -> Optional.of(reference.riskAreaName(value));
			case "declineReason" -> wording.text("invitation.reason." + value);
			case "state" -> wording.text(stateKey(kind) + value);
			default -> Optional.empty();
		};
	}

	private static String stateKey(RecordKind kind) {
		if (kind.equals(BUSINESS_CASE)) {
			return "businessCase.state.";
		}
		if (kind.equals(INVITATION)) {
			return "invitation.state.";
		}
		return "task.state.";
	}
}
