package eu.jcohub.planning.web;

import eu.jcohub.planning.Acceptance;
import eu.jcohub.planning.Invitation;
import eu.jcohub.planning.Invitations;
import eu.jcohub.shared.OperationId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Invitations", description = "Invitations to take part in an operation, accepted or declined")
class InvitationsApi {

	private final Invitations invitations;

	InvitationsApi(Invitations invitations) {
		this.invitations = invitations;
	}

	@GetMapping("/api/operations/{id}/invitations")
	@Operation(summary = "The operation's invitations: all for those who plan it, its own for an invited administration")
	List<Invitation> of(@PathVariable UUID id) {
		return invitations.of(new OperationId(id));
	}

	@PostMapping("/api/operations/{id}/invitations")
	@Operation(summary = "Invite customs administrations; those already invited are left as they are")
	ResponseEntity<List<Invitation>> invite(@PathVariable UUID id, @RequestBody InviteRequest request) {
		return ResponseEntity.status(201)
			.body(invitations.invite(new OperationId(id), request.organisations() == null ? Set.of()
					: request.organisations(), request.message()));
	}

	@GetMapping("/api/invitations")
	@Operation(summary = "The invitations to your administration, open ones first")
	List<Invitation> inbox() {
		return invitations.inbox();
	}

	@PostMapping("/api/invitations/{id}/accept")
	@Operation(summary = "Accept your administration's invitation, naming contact points and border points or offices")
	Invitation accept(@PathVariable UUID id, @RequestBody Acceptance acceptance) {
		return invitations.accept(id, acceptance);
	}

	@PostMapping("/api/invitations/{id}/decline")
	@Operation(summary = "Decline your administration's invitation with a reason from the list (OTHER with a note)")
	Invitation decline(@PathVariable UUID id, @RequestBody DeclineRequest request) {
		return invitations.decline(id, request.reason(), request.note());
	}

	record InviteRequest(@Nullable Set<String> organisations, @Nullable String message) {
	}

	record DeclineRequest(@Nullable String reason, @Nullable String note) {
	}
}
