package eu.jcohub.followup;

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
 * The monitoring file in the audit trail, which is each recommendation's history: recorded, changed (status,
 * evidence, reason, wording, addressee) and each action added, with organisations by their names.
 */
@Component
public class FollowupAuditVocabulary implements AuditVocabulary {

	public static final RecordKind RECOMMENDATION = new RecordKind("followup-recommendation");
	/** An operation's debriefing: objectives assessed, threat-assessment draft edited, case studies picked. */
	public static final RecordKind DEBRIEFING = new RecordKind("followup-debriefing");
	static final AuditAction ACTION_ADDED = new AuditAction("ACTION_ADDED");

	private final ReferenceData reference;

	FollowupAuditVocabulary(ReferenceData reference) {
		this.reference = reference;
	}

	@Override
	public Set<RecordKind> kinds() {
		return Set.of(RECOMMENDATION, DEBRIEFING);
	}

	@Override
	public Optional<String> value(RecordKind kind, String field, String value, AuditWording wording) {
		return switch (field) {
			case "addressee", "owner" -> reference.organisation(value).map(Organisation::name);
			case "status" -> wording.text("followup.status." + value);
			default -> Optional.empty();
		};
	}
}
