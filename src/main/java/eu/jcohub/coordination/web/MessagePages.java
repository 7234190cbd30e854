package eu.jcohub.coordination.web;

import eu.jcohub.coordination.LivePicture;
import eu.jcohub.coordination.Messages;
import eu.jcohub.operations.OperationRegister;
import eu.jcohub.shared.InvalidInput;
import eu.jcohub.shared.OperationId;
import eu.jcohub.shared.web.FormErrorMessages;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The OCU's messages in the browser: sending one, reading them, acknowledging them. */
@Controller
class MessagePages {

	private static final int UNPROCESSABLE = 422;
	private final Messages messages;
	private final LivePicture picture;
	private final OperationRegister operations;
	private final FormErrorMessages errorMessages;

	MessagePages(Messages messages, LivePicture picture, OperationRegister operations,
			FormErrorMessages errorMessages) {
		this.messages = messages;
		this.picture = picture;
		this.operations = operations;
		this.errorMessages = errorMessages;
	}

	@GetMapping("/operations/{id}/messages")
	String page(@PathVariable OperationId id, Model model) {
		return page(id, "", "", Map.of(), model);
	}

	@PostMapping("/operations/{id}/messages")
	String send(@PathVariable OperationId id, @RequestParam(defaultValue = "") String addressedTo,
			@RequestParam(defaultValue = "") String text, Model model, Locale locale, HttpServletResponse response) {
		try {
			messages.send(id, addressedTo, text);
			return "redirect:/operations/" + id.value() + "/messages?sent";
		}
		catch (InvalidInput invalid) {
			response.setStatus(UNPROCESSABLE);
			return page(id, addressedTo, text, errorMessages.of(invalid, locale), model);
		}
	}

	@PostMapping("/messages/{id}/ack")
	String acknowledge(@PathVariable UUID id) {
		var message = messages.acknowledge(id);
		return "redirect:/operations/" + message.operationId().value() + "/messages";
	}

	private String page(OperationId id, @Nullable String addressedTo, @Nullable String text, Map<String, String> errors,
			Model model) {
		picture.requireFollow(id);
		boolean coordinates = messages.mayCoordinate(id);
		model.addAttribute("operation", operations.find(id));
		model.addAttribute("messages", messages.ofOperation(id));
		model.addAttribute("mayCoordinate", coordinates);
		model.addAttribute("administrations", coordinates ? messages.administrations(id) : java.util.List.of());
		model.addAttribute("addressedTo", addressedTo);
		model.addAttribute("text", text);
		model.addAttribute("errors", errors);
		return "coordination/messages";
	}
}
