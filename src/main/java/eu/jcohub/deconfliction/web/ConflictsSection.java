package eu.jcohub.deconfliction.web;

import eu.jcohub.deconfliction.ConflictChecks;
import eu.jcohub.deconfliction.Resolution;
import eu.jcohub.operations.OperationSection;
import eu.jcohub.operations.OperationView;
import eu.jcohub.reference.ReferenceData;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The operation page's conflicts, with a resolution form per conflict for those who may change the operation. */
@Component
class ConflictsSection implements OperationSection {

	private final ConflictChecks checks;
	private final ReferenceData reference;

	ConflictsSection(ConflictChecks checks, ReferenceData reference) {
		this.checks = checks;
		this.reference = reference;
	}

	@Override
	public int order() {
		return 100;
	}

	/** Conflicts are part of the operation's details: only for those who may see them. */
	@Override
	public Optional<PageFragment> sectionFor(OperationView operation) {
		if (!operation.detailsVisible()) {
			return Optional.empty();
		}
		var conflicts = ConflictLine.of(checks.conflictsOf(operation.id(), ConflictChecks.DEFAULT_LIMIT), reference);
		return Optional.of(new PageFragment("deconfliction/section", Map.of("operation", operation,
				"conflicts", conflicts, "resolutionKinds", Resolution.Kind.values())));
	}
}
