package eu.jcohub.seizures;

import eu.jcohub.shared.AuditAction;
import eu.jcohub.shared.AuditVocabulary;
import eu.jcohub.shared.AuditWording;
import eu.jcohub.shared.RecordKind;
import eu.jcohub.access.OperationCircle;
import eu.jcohub.operations.OperationRegister;
import eu.jcohub.reference.Organisation;
import eu.jcohub.reference.ReferenceData;
import eu.jcohub.shared.NotFound;
import eu.jcohub.shared.OperationId;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Seizure reports in the audit trail: each report, each read of it and each erasure of its persons, with the
 * operation by its name and the codes (goods, place, handling, organisations) in words.
 */
@Component
public class SeizureAuditVocabulary implements AuditVocabulary {

	public static final RecordKind SEIZURE_REPORT = new RecordKind("seizure-report");
	static final AuditAction ANONYMISED = new AuditAction("ANONYMISED");

	private final OperationRegister operations;
	private final SeizureStore store;
	private final ReferenceData reference;

	SeizureAuditVocabulary(OperationRegister operations, SeizureStore store, ReferenceData reference) {
		this.operations = operations;
		this.store = store;
		this.reference = reference;
	}

	@Override
	public Set<RecordKind> kinds() {
		return Set.of(SEIZURE_REPORT);
	}

	/** A report by its reference, which is never personal data. */
	@Override
	public Optional<String> record(RecordKind kind, String id, AuditWording wording) {
		try {
			return store.find(UUID.fromString(id)).map(SeizureReport::reference);
		}
		catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}

	@Override
	public Optional<String> value(RecordKind kind, String field, String value, AuditWording wording) {
		return switch (field) {
			case "operation" -> operationName(value);
			case "goodsCategory" -> value.isEmpty() ? Optional.of("") : Optional.of(reference.riskAreaName(value));
			case "location" -> reference.location(value).map(location -> location.name() + " (" + value + ")");
			case "handlingCode" -> wording.text("handling." + value);
			case "type" -> wording.text("report.type." + value);
			case "state" -> wording.text("report.state." + value);
			case "namedOrganisations" -> Optional.of(reference.organisation(value).map(Organisation::name).orElse(value));
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
