package eu.jcohub.coordination.web;

import eu.jcohub.coordination.LivePicture;
import eu.jcohub.coordination.Messages;
import eu.jcohub.operations.OperationRegister;
import eu.jcohub.shared.OperationId;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The live picture in the browser; the page reads itself again on every change and puts the new figures in place. */
@Controller
class PicturePages {

	private final LivePicture picture;
	private final Messages messages;
	private final OperationRegister operations;

	PicturePages(LivePicture picture, Messages messages, OperationRegister operations) {
		this.picture = picture;
		this.messages = messages;
		this.operations = operations;
	}

	@GetMapping("/operations/{id}/picture")
	String page(@PathVariable OperationId id, Model model) {
		var statistics = picture.statistics(id);
		model.addAttribute("operation", operations.find(id));
		model.addAttribute("statistics", statistics);
		model.addAttribute("mayCoordinate", messages.mayCoordinate(id));
		return "coordination/picture";
	}
}
