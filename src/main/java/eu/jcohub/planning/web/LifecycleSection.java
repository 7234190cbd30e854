package eu.jcohub.planning.web;

import eu.jcohub.operations.OperationSection;
import eu.jcohub.operations.OperationStatus;
import eu.jcohub.operations.OperationView;
import eu.jcohub.planning.BusinessCases;
import eu.jcohub.planning.Lifecycle;
import eu.jcohub.planning.Objectives;
import java.util.HashMap;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The operation page's lifecycle: where it stands, the steps open to the user (or why not), its business case and
 * measurable objectives, and its history. Part of the operation's details.
 */
@Component
class LifecycleSection implements OperationSection {

	private final Lifecycle lifecycle;
	private final BusinessCases businessCases;
	private final Objectives objectives;
	private final Names names;
	private final eu.jcohub.access.AccessPolicy access;

	LifecycleSection(Lifecycle lifecycle, BusinessCases businessCases, Objectives objectives, Names names,
			eu.jcohub.access.AccessPolicy access) {
		this.access = access;
		this.lifecycle = lifecycle;
		this.businessCases = businessCases;
		this.objectives = objectives;
		this.names = names;
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public Optional<PageFragment> sectionFor(OperationView operation) {
		if (!operation.detailsVisible() || operation.status() == OperationStatus.TABLED) {
			return Optional.empty();
		}
		var data = new HashMap<String, Object>();
		data.put("operation", operation);
		data.put("lifecycle", lifecycle.of(operation.id()));
		businessCases.find(operation.id()).ifPresent(business -> data.put("businessCase", business));
		data.put("objectives", objectives.of(operation.id()));
		data.put("planning", operation.changeable() && !operation.status().isFinal());
		data.put("names", names);
		data.put("mayReuse", access.currentUser().mayTableOperations());
		return Optional.of(new PageFragment("planning/lifecycle", data));
	}
}
