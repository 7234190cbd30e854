package eu.jcohub.deconfliction;

import eu.jcohub.access.OperationCircle;
import eu.jcohub.operations.OperationRegister;
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

/** Conflicts in the audit trail: how the owners of two operations resolved one, the operations by name. */
@Component
class DeconflictionAuditVocabulary implements AuditVocabulary {

	static final RecordKind CONFLICT = new RecordKind("conflict");
	static final AuditAction RESOLVED = new AuditAction("RESOLVED");

	private final OperationRegister register;

	DeconflictionAuditVocabulary(OperationRegister register) {
		this.register = register;
	}

	@Override
	public Set<RecordKind> kinds() {
		return Set.of(CONFLICT);
	}

	/** A conflict by its two operations ({@code <id>/<other>}); their names are part of the calendar entry. */
	@Override
	public Optional<String> record(RecordKind kind, String id, AuditWording wording) {
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
		return field.equals("resolution") ? wording.text("resolution.kind." + value) : Optional.empty();
	}
}
