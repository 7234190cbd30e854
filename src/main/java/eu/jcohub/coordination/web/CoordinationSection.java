package eu.jcohub.coordination.web;

import eu.jcohub.coordination.LivePicture;
import eu.jcohub.coordination.Messages;
import eu.jcohub.operations.OperationSection;
import eu.jcohub.operations.OperationView;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The operation page's way to the OCU's work, for those who may follow the operation: its live picture, the
 * messages (with how many wait for the reader's administration to acknowledge) and the review of a phase.
 */
@Component
class CoordinationSection implements OperationSection {

	private final LivePicture picture;
	private final Messages messages;

	CoordinationSection(LivePicture picture, Messages messages) {
		this.picture = picture;
		this.messages = messages;
	}

	@Override
	public int order() {
		return 30;
	}

	@Override
	public Optional<PageFragment> sectionFor(OperationView operation) {
		if (!operation.detailsVisible() || !picture.mayFollow(operation.id())) {
			return Optional.empty();
		}
		var waiting = messages.ofOperation(operation.id()).stream().filter(m -> m.mayAcknowledge()).count();
		return Optional.of(new PageFragment("coordination/section", Map.of("operationId", operation.id().value(),
				"mayCoordinate", messages.mayCoordinate(operation.id()), "waiting", waiting)));
	}
}
