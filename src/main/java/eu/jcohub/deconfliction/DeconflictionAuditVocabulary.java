package eu.jcohub.deconfliction;

import eu.jcohub.access.OperationCircle;
import eu.jcohub.operations.OperationRegister;
import eu.jcohub.reference.Organisation;
import eu.jcohub.reference.ReferenceData;
import eu.jcohub.shared.AuditAction;
import eu.jcohub.shared.AuditVocabulary;
import eu.jcohub.shared.AuditWording;
import eu.jcohub.shared.OperationId;
import eu.jcohub.shared.RecordKind;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Conflicts in the audit trail: how the owners of two operations resolved one, the operations by name; and the
 * checks of drafts, with, in the trail of each operation's owner, the checks that met it without being told its
 * details.
 */
@Component
class DeconflictionAuditVocabulary implements AuditVocabulary {

	static final RecordKind CONFLICT = new RecordKind("conflict");
	static final AuditAction RESOLVED = new AuditAction("RESOLVED");
	static final RecordKind CONFLICT_CHECK = new RecordKind("conflict-check");
	static final AuditAction CHECKED = new AuditAction("CHECKED");
	static final AuditAction MET = new AuditAction("MET");
	/** The id of a check of a draft that is no operation yet. */
	static final String DRAFT = "draft";

	private final OperationRegister register;
	private final ReferenceData reference;

	DeconflictionAuditVocabulary(OperationRegister register, ReferenceData reference) {
		this.register = register;
		this.reference = reference;
	}

	@Override
	public Set<RecordKind> kinds() {
		return Set.of(CONFLICT, CONFLICT_CHECK);
	}

	/** A conflict by its two operations ({@code <id>/<other>}); their names are part of the calendar entry. */
	@Override
	public Optional<String> record(RecordKind kind, String id, AuditWording wording) {
		if (kind.equals(CONFLICT_CHECK) && id.equals(DRAFT)) {
			return wording.text("audit.record.conflict-check.draft");
		}
		try {
			var ids = Arrays.stream(id.split("/")).map(part -> OperationId.of(UUID.fromString(part))).toList();
			var names = register.circles(Set.copyOf(ids)).stream()
				.collect(Collectors.toMap(OperationCircle::id, OperationCircle::name));
			return names.keySet().containsAll(ids)
					? Optional.of(ids.stream().map(names::get).collect(Collectors.joining(" ↔ ")))
					: Optional.empty();
		}
		catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}

	@Override
	public Optional<String> value(RecordKind kind, String field, String value, AuditWording wording) {
		return switch (field) {
			case "resolution" -> wording.text("resolution.kind." + value);
			case "checkedBy" -> Optional.of(reference.organisation(value).map(Organisation::name).orElse(value));
			default -> Optional.empty();
		};
	}
}
