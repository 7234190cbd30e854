package eu.jcohub.backup;

import eu.jcohub.shared.AuditAction;
import eu.jcohub.shared.AuditVocabulary;
import eu.jcohub.shared.AuditWording;
import eu.jcohub.shared.RecordKind;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Backups in the audit trail: who took a copy of everything, and when, by its file name. */
@Component
class BackupAuditVocabulary implements AuditVocabulary {

	static final RecordKind BACKUP = new RecordKind("backup");
	static final AuditAction TAKEN = new AuditAction("BACKUP_TAKEN");

	@Override
	public Set<RecordKind> kinds() {
		return Set.of(BACKUP);
	}

	/** How it was taken: downloaded by the actor, or written by the daily job. */
	@Override
	public Optional<String> value(RecordKind kind, String field, String value, AuditWording wording) {
		return kind.equals(BACKUP) && field.equals("trigger") ? wording.text("audit.value.backup.trigger." + value)
				: Optional.empty();
	}
}
