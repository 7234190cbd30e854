package eu.jcohub.deconfliction.web;

import eu.jcohub.deconfliction.ConflictChecks;
import eu.jcohub.deconfliction.Resolution;
import eu.jcohub.operations.OperationRegister;
import eu.jcohub.reference.ReferenceData;
import eu.jcohub.shared.InvalidInput;
import eu.jcohub.shared.OperationId;
import eu.jcohub.shared.web.FormErrorMessages;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Recording how a conflict was resolved, from the operation page. A refused form comes back on a page of its
 * own with the conflict, the error next to the field and what was typed.
 */
@Controller
class ConflictPages {

	private static final int UNPROCESSABLE = 422;
	private final ConflictChecks checks;
	private final OperationRegister register;
	private final ReferenceData reference;
	private final FormErrorMessages errorMessages;

	ConflictPages(ConflictChecks checks, OperationRegister register, ReferenceData reference,
			FormErrorMessages errorMessages) {
		this.checks = checks;
		this.register = register;
		this.reference = reference;
		this.errorMessages = errorMessages;
	}

	@PostMapping("/operations/{id}/conflicts/{other}/resolution")
	String resolve(@PathVariable UUID id, @PathVariable UUID other, @RequestParam @Nullable String kind,
			@RequestParam @Nullable String note, Model model, Locale locale, HttpServletResponse response) {
		var operation = new OperationId(id);
		var otherOperation = new OperationId(other);
		try {
			checks.resolve(operation, otherOperation, kind(kind), note);
			return "redirect:/operations/" + id + "#conflicts";
		}
		catch (InvalidInput invalid) {
			response.setStatus(UNPROCESSABLE);
			var conflict = checks.conflictsOf(operation, ConflictChecks.DEFAULT_LIMIT).stream()
				.filter(c -> c.operationId().equals(otherOperation))
				.findFirst();
			model.addAttribute("operation", register.find(operation));
			model.addAttribute("conflict", conflict.map(c -> ConflictLine.of(java.util.List.of(c), reference).get(0))
				.orElse(null));
			model.addAttribute("resolutionKinds", Resolution.Kind.values());
			model.addAttribute("draft", new ResolutionDraft(kind, note));
			model.addAttribute("errors", errorMessages.of(invalid, locale));
			return "deconfliction/resolution";
		}
	}

	/** An unknown choice reads like a missing one: the form offers only the known ones. */
	private static Resolution.@Nullable Kind kind(@Nullable String kind) {
		if (kind == null || kind.isBlank()) {
			return null;
		}
		try {
			return Resolution.Kind.valueOf(kind);
		}
		catch (IllegalArgumentException unknown) {
			return null;
		}
	}

	/** What the user typed into a resolution form that was refused, to show it again. */
	record ResolutionDraft(@Nullable String kind, @Nullable String note) {
	}
}
