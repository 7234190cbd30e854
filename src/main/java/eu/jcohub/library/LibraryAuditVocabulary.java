package eu.jcohub.library;

import eu.jcohub.access.OperationCircle;
import eu.jcohub.operations.OperationRegister;
import eu.jcohub.shared.AuditAction;
import eu.jcohub.shared.AuditVocabulary;
import eu.jcohub.shared.AuditWording;
import eu.jcohub.shared.NotFound;
import eu.jcohub.shared.OperationId;
import eu.jcohub.shared.RecordKind;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The Library in the audit trail: each document uploaded and each download of it, each lesson written and each
 * change of an operation's tags, with the operation by its name.
 */
@Component
public class LibraryAuditVocabulary implements AuditVocabulary {

	public static final RecordKind DOCUMENT = new RecordKind("library-document");
	public static final RecordKind LESSON = new RecordKind("library-lesson");
	public static final RecordKind TAGS = new RecordKind("library-tags");
	static final AuditAction DOWNLOADED = new AuditAction("DOWNLOADED");

	private final OperationRegister operations;

	LibraryAuditVocabulary(OperationRegister operations) {
		this.operations = operations;
	}

	@Override
	public Set<RecordKind> kinds() {
		return Set.of(DOCUMENT, LESSON, TAGS);
	}

	/** Tags are recorded under the operation's id: they are named by the operation. */
	@Override
	public Optional<String> record(RecordKind kind, String id, AuditWording wording) {
		return TAGS.equals(kind) ? operationName(id) : Optional.empty();
	}

	@Override
	public Optional<String> value(RecordKind kind, String field, String value, AuditWording wording) {
		return switch (field) {
			case "operation" -> operationName(value);
			case "format" -> wording.text("library.format." + value);
			default -> Optional.empty();
		};
	}

	/** The operation's name is part of its calendar entry, which everyone signed in may read. */
	private Optional<String> operationName(String id) {
		try {
			return Optional.of(operations.circle(OperationId.of(UUID.fromString(id)))).map(OperationCircle::name);
		}
		catch (IllegalArgumentException | NotFound e) {
			return Optional.empty();
		}
	}
}
