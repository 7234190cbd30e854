package eu.jcohub.planning.web;

import eu.jcohub.operations.OperationRegister;
import eu.jcohub.planning.Acceptance;
import eu.jcohub.planning.DeclineReason;
import eu.jcohub.planning.Invitation;
import eu.jcohub.planning.Invitations;
import eu.jcohub.reference.Location;
import eu.jcohub.reference.ReferenceData;
import eu.jcohub.shared.InvalidInput;
import eu.jcohub.shared.OperationId;
import eu.jcohub.shared.web.FormErrorMessages;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Invitations in the browser: the leader's invitations from the operation page, the national coordinator's inbox,
 * and one invitation with its answer (accept with contact points and border points, or decline with a reason).
 */
@Controller
class InvitationPages {

	private final Invitations invitations;
	private final OperationRegister register;
	private final ReferenceData reference;
	private final FormErrorMessages errorMessages;
	private final MessageSource messages;
	private final Names names;
	private final InvitationsSection section;

	InvitationPages(Invitations invitations, OperationRegister register, ReferenceData reference,
			FormErrorMessages errorMessages, MessageSource messages, Names names, InvitationsSection section) {
		this.section = section;
		this.invitations = invitations;
		this.register = register;
		this.reference = reference;
		this.errorMessages = errorMessages;
		this.messages = messages;
		this.names = names;
	}

	@PostMapping("/operations/{id}/invitations")
	String invite(@PathVariable UUID id, @RequestParam(defaultValue = "") Set<String> organisations,
			@RequestParam @Nullable String message, Locale locale, RedirectAttributes redirect, Model model,
			HttpServletResponse response) {
		try {
			invitations.invite(new OperationId(id), organisations, message);
			redirect.addFlashAttribute("invitationsNotice", messages.getMessage("invitations.sent", null, locale));
			return "redirect:/operations/" + id + "#invitations";
		}
		catch (InvalidInput invalid) {
			// The form again, with the error next to its field and the choices and message as typed.
			response.setStatus(422);
			var operation = register.find(new OperationId(id));
			model.addAttribute("operation", operation);
			model.addAttribute("invitationsErrors", errorMessages.of(invalid, locale));
			model.addAttribute("invitationsTyped", Map.of("message", message == null ? "" : message));
			model.addAttribute("invitationsChosen", organisations);
			model.addAttribute("part", section.sectionFor(operation).orElseThrow());
			return "planning/section";
		}
	}

	@GetMapping("/planning/invitations")
	String inbox(Model model) {
		var inbox = invitations.inbox();
		var operations = new HashMap<OperationId, Object>();
		inbox.forEach(invitation -> operations.computeIfAbsent(invitation.operationId(), register::find));
		model.addAttribute("invitations", inbox);
		model.addAttribute("operations", operations);
		model.addAttribute("planningNames", names);
		return "planning/inbox";
	}

	@GetMapping("/invitations/{id}")
	String show(@PathVariable UUID id, Model model) {
		return page(invitations.find(id), new Answer(null, Set.of(), null, null, null), Map.of(), model);
	}

	@PostMapping("/invitations/{id}/accept")
	String accept(@PathVariable UUID id, @RequestParam @Nullable String contactPoints,
			@RequestParam(defaultValue = "") Set<String> borderPoints, @RequestParam @Nullable String offices,
			Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		var answer = new Answer(contactPoints, borderPoints, offices, null, null);
		try {
			invitations.accept(id, new Acceptance(contactPoints, borderPoints, offices));
			redirect.addFlashAttribute("notice", messages.getMessage("invitation.accepted", null, locale));
			return "redirect:/invitations/" + id;
		}
		catch (InvalidInput invalid) {
			response.setStatus(422);
			return page(invitations.find(id), answer, errorMessages.of(invalid, locale), model);
		}
	}

	@PostMapping("/invitations/{id}/decline")
	String decline(@PathVariable UUID id, @RequestParam @Nullable String reason, @RequestParam @Nullable String note,
			Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		var answer = new Answer(null, Set.of(), null, reason, note);
		try {
			invitations.decline(id, reason, note);
			redirect.addFlashAttribute("notice", messages.getMessage("invitation.declinedDone", null, locale));
			return "redirect:/invitations/" + id;
		}
		catch (InvalidInput invalid) {
			response.setStatus(422);
			return page(invitations.find(id), answer, errorMessages.of(invalid, locale), model);
		}
	}

	private String page(Invitation invitation, Answer answer, Map<String, String> errors, Model model) {
		var operation = register.find(invitation.operationId());
		var country = reference.organisation(invitation.organisation()).flatMap(o -> o.countryCode()).orElse("");
		model.addAttribute("invitation", invitation);
		model.addAttribute("operation", operation);
		model.addAttribute("answer", answer);
		model.addAttribute("errors", errors);
		model.addAttribute("mayAnswer", invitations.mayAnswer(invitation));
		model.addAttribute("reasons", DeclineReason.values());
		model.addAttribute("locations", reference.locations().stream()
			.filter(location -> location.country().equals(country))
			.sorted(Comparator.comparing(Location::name))
			.toList());
		model.addAttribute("planningNames", names);
		return "planning/invitation";
	}

	/** What the coordinator typed, kept when the answer is refused. */
	record Answer(@Nullable String contactPoints, Set<String> borderPoints, @Nullable String offices,
			@Nullable String reason, @Nullable String note) {
	}

}
