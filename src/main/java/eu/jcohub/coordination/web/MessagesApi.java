package eu.jcohub.coordination.web;

import eu.jcohub.coordination.MessageView;
import eu.jcohub.coordination.Messages;
import eu.jcohub.shared.OperationId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "OCU messages", description = "Messages and alerts of the OCU to the administrations taking part")
class MessagesApi {

	private final Messages messages;

	MessagesApi(Messages messages) {
		this.messages = messages;
	}

	@PostMapping("/api/operations/{id}/messages")
	@Operation(summary = "Send a message or alert to every administration taking part, or to one ('addressedTo')",
			description = "The leader and the OCU, while the operation runs, send; each person of the administrations "
					+ "it goes to finds it in their notifications.")
	ResponseEntity<MessageView> send(@PathVariable OperationId id, @RequestBody MessageRequest request) {
		var sent = messages.send(id, request.addressedTo(), request.text());
		return ResponseEntity.created(URI.create("/api/operations/" + id.value() + "/messages")).body(sent);
	}

	@GetMapping("/api/operations/{id}/messages")
	@Operation(summary = "The operation's messages you may see, with who acknowledged them for the leader and the OCU")
	List<MessageView> ofOperation(@PathVariable OperationId id) {
		return messages.ofOperation(id);
	}

	@PostMapping("/api/messages/{id}/ack")
	@Operation(summary = "Acknowledge a message for your administration (once; again changes nothing)")
	MessageView acknowledge(@PathVariable UUID id) {
		return messages.acknowledge(id);
	}

	record MessageRequest(@Nullable String addressedTo, @Nullable String text) {
	}
}
