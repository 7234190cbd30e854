package eu.jcohub.library.web;

import eu.jcohub.access.AccessPolicy;
import eu.jcohub.library.Library;
import eu.jcohub.library.LibraryRules;
import eu.jcohub.operations.OperationRules;
import eu.jcohub.operations.OperationType;
import eu.jcohub.reference.Organisation;
import eu.jcohub.reference.ReferenceData;
import eu.jcohub.shared.Forbidden;
import eu.jcohub.shared.InvalidInput;
import eu.jcohub.shared.OperationId;
import eu.jcohub.shared.web.FormErrorMessages;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Library in the browser: the index with its search, an operation's entry (documents, lessons, tags), the
 * upload and lesson forms, and "use as template". A refused form comes back with the reason next to its field and
 * what was typed; nothing is saved.
 */
@Controller
class LibraryPages {

	private static final int UNPROCESSABLE = 422;
	private static final int PAGE = 25;
	private static final String JCOS = "JCO";
	private static final String ALL = "ALL";
	/** The kinds of operation the Library holds (operations of other bodies are only tabled here). */
	private static final List<OperationType> KINDS = Arrays.stream(OperationType.values())
		.filter(type -> type != OperationType.OTHER_BODY).toList();
	private final Library library;
	private final AccessPolicy access;
	private final ReferenceData reference;
	private final FormErrorMessages errorMessages;
	private final Names names;

	LibraryPages(Library library, AccessPolicy access, ReferenceData reference, FormErrorMessages errorMessages,
			Names names) {
		this.library = library;
		this.access = access;
		this.reference = reference;
		this.errorMessages = errorMessages;
		this.names = names;
	}

	@ModelAttribute("names")
	Names names() {
		return names;
	}

	/** The search box, then what it found or, without words, the shelf by kind of operation, a page at a time. */
	@GetMapping("/library")
	String index(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String type,
			@RequestParam(defaultValue = "1") String page, Model model) {
		var query = q.strip();
		model.addAttribute("q", query);
		if (!query.isEmpty()) {
			model.addAttribute("results", library.search(query));
			return "library/index";
		}
		var kind = type.isBlank() ? JCOS : type.strip();
		var shelf = library.shelf().stream().filter(entry -> shows(kind, entry.type())).toList();
		var pages = Math.max(1, (shelf.size() + PAGE - 1) / PAGE);
		int current = Math.min(pages, Math.max(1, number(page)));
		model.addAttribute("kinds", KINDS);
		model.addAttribute("kind", kind);
		model.addAttribute("shelfSize", shelf.size());
		model.addAttribute("shelf", shelf.subList((current - 1) * PAGE, Math.min(shelf.size(), current * PAGE)));
		model.addAttribute("page", current);
		model.addAttribute("pages", pages);
		return "library/index";
	}

	/** Whether the shelf filter (a kind, all JCOs, or everything) shows operations of the type. */
	private static boolean shows(String kind, OperationType type) {
		return switch (kind) {
			case ALL -> true;
			case JCOS -> type == OperationType.JCO_FULL_SCALE || type == OperationType.JCO_REGIONAL;
			default -> type.name().equals(kind);
		};
	}

	private static int number(String text) {
		try {
			return Integer.parseInt(text.strip());
		}
		catch (NumberFormatException notANumber) {
			return 1;
		}
	}

	@GetMapping("/library/{id}")
	String entry(@PathVariable OperationId id, Model model) {
		model.addAttribute("entry", library.entry(id));
		model.addAttribute("tagsText", "");
		model.addAttribute("errors", Map.of());
		return "library/entry";
	}

	@PostMapping("/library/{id}/tags")
	String tag(@PathVariable OperationId id, @RequestParam(defaultValue = "") String tags, Model model, Locale locale,
			HttpServletResponse response) {
		try {
			library.tag(id, Arrays.asList(tags.split(",")));
			return "redirect:/library/" + id + "#tags";
		}
		catch (InvalidInput invalid) {
			response.setStatus(UNPROCESSABLE);
			model.addAttribute("entry", library.entry(id));
			model.addAttribute("tagsText", tags);
			model.addAttribute("errors", errorMessages.of(invalid, locale));
			return "library/entry";
		}
	}

	@GetMapping("/library/{id}/documents/new")
	String newDocument(@PathVariable OperationId id, Model model) {
		if (!library.mayContribute(id)) {
			throw Forbidden.because(LibraryRules.CONTRIBUTE.refusalKey(), "You may not add documents to this operation.");
		}
		return uploadForm(id, model);
	}

	@PostMapping("/library/{id}/documents")
	String upload(@PathVariable OperationId id, @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
			Model model, Locale locale, HttpServletResponse response) {
		try {
			library.upload(id, file == null ? "" : String.valueOf(file.getOriginalFilename()), LibraryApi.bytes(file));
			return "redirect:/library/" + id + "#documents";
		}
		catch (InvalidInput invalid) {
			response.setStatus(UNPROCESSABLE);
			model.addAttribute("errors", errorMessages.of(invalid, locale));
			return uploadForm(id, model);
		}
	}

	/** Asks before a document is removed: a removed document cannot be brought back. */
	@GetMapping("/library/{id}/documents/{document}/remove")
	String confirmRemoval(@PathVariable OperationId id, @PathVariable UUID document, Model model) {
		model.addAttribute("document", library.removable(id, document));
		model.addAttribute("entry", library.entry(id));
		return "library/remove";
	}

	@PostMapping("/library/{id}/documents/{document}/remove")
	String remove(@PathVariable OperationId id, @PathVariable UUID document, RedirectAttributes redirect) {
		var removed = library.remove(library.removable(id, document).id());
		redirect.addFlashAttribute("removed", removed.fileName());
		return "redirect:/library/" + id + "#documents";
	}

	/** Asks before a lesson is removed, showing what it says. */
	@GetMapping("/library/{id}/lessons/{lesson}/remove")
	String confirmLessonRemoval(@PathVariable OperationId id, @PathVariable UUID lesson, Model model) {
		model.addAttribute("lesson", library.removableLesson(id, lesson));
		model.addAttribute("entry", library.entry(id));
		return "library/remove-lesson";
	}

	@PostMapping("/library/{id}/lessons/{lesson}/remove")
	String removeLesson(@PathVariable OperationId id, @PathVariable UUID lesson, RedirectAttributes redirect) {
		library.removeLesson(library.removableLesson(id, lesson).id());
		redirect.addFlashAttribute("lessonRemoved", true);
		return "redirect:/library/" + id + "#lessons";
	}

	@GetMapping("/library/{id}/lessons/new")
	String newLesson(@PathVariable OperationId id, Model model) {
		if (!library.mayWriteLessons(id)) {
			throw Forbidden.because(LibraryRules.LEARN.refusalKey(), "You may not add lessons to this operation.");
		}
		return lessonForm(id, LessonForm.blank(), Map.of(), model);
	}

	@PostMapping("/library/{id}/lessons")
	String learn(@PathVariable OperationId id, @ModelAttribute LessonForm form, Model model, Locale locale,
			HttpServletResponse response) {
		try {
			library.learn(id, form.toDraft());
			return "redirect:/library/" + id + "#lessons";
		}
		catch (InvalidInput invalid) {
			response.setStatus(UNPROCESSABLE);
			return lessonForm(id, form, errorMessages.of(invalid, locale), model);
		}
	}

	@GetMapping("/library/{id}/template")
	String template(@PathVariable OperationId id, Model model) {
		var entry = library.entry(id);
		if (!entry.mayUseAsTemplate()) {
			throw Forbidden.because(OperationRules.TABLE.refusalKey(), "You may not make an operation from this one.");
		}
		var plan = entry.operation().plan();
		var organisers = organisers();
		var own = access.currentUser().organisation();
		var organiser = organisers.stream().map(Organisation::code)
			.filter(code -> code.equals(own) || code.equals(plan.organiser())).findFirst()
			.orElse(organisers.isEmpty() ? own : organisers.get(0).code());
		return templateForm(id, TemplateForm.suggested(plan.name(), organiser), Map.of(), model);
	}

	/** Makes the new operation and opens it; the user sets the rest of it there. */
	@PostMapping("/library/{id}/template")
	String useAsTemplate(@PathVariable OperationId id, @ModelAttribute TemplateForm form, Model model, Locale locale,
			HttpServletResponse response) {
		try {
			var created = library.useAsTemplate(id, form.toRequest());
			return "redirect:/operations/" + created.id();
		}
		catch (InvalidInput invalid) {
			response.setStatus(UNPROCESSABLE);
			return templateForm(id, form, errorMessages.of(invalid, locale), model);
		}
	}

	private String uploadForm(OperationId id, Model model) {
		model.addAttribute("entry", library.entry(id));
		model.addAttribute("maxSize", names.size(library.maxDocumentSize()));
		model.addAttribute("errors", model.containsAttribute("errors") ? model.getAttribute("errors") : Map.of());
		return "library/upload";
	}

	private String lessonForm(OperationId id, LessonForm form, Map<String, String> errors, Model model) {
		model.addAttribute("entry", library.entry(id));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "library/lesson";
	}

	private String templateForm(OperationId id, TemplateForm form, Map<String, String> errors, Model model) {
		var entry = library.entry(id);
		model.addAttribute("entry", entry);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("organisers", organisers());
		model.addAttribute("twoPhases", entry.operation().plan().phases().size() > 1 || form.phase2Start() != null
				&& !form.phase2Start().isBlank());
		return "library/template";
	}

	/** The organisers the user may table an operation for. */
	private List<Organisation> organisers() {
		var visibility = access.visibility();
		return reference.organisations().stream()
			.filter(organisation -> OperationRules.mayTableFor(visibility, organisation.code()))
			.toList();
	}
}
