package eu.jcohub.exchange;

import eu.jcohub.access.AccessPolicy;
import eu.jcohub.accounts.ApiTokens;
import eu.jcohub.shared.web.PublicAddress;
import eu.jcohub.shared.InvalidInput;
import java.time.Clock;
import java.time.LocalDate;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.context.MessageSource;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The exchange page: upload another body's programme, download exports and the tabling list, get the feed URL. */
@Controller
class ExchangePage {

	private final PlanImport imports;
	private final ApiTokens tokens;
	private final AccessPolicy access;
	private final Clock clock;
	private final PublicAddress publicAddress;
	private final MessageSource messages;
	private final ToComplete toComplete;
	// The subscriptions' controller shows this page again with its form errors: each needs the other.
	private final org.springframework.beans.factory.ObjectProvider<SubscriptionPages> subscriptions;

	static final String PENDING = "exchange.pendingUpload";

	ExchangePage(PlanImport imports, ApiTokens tokens, AccessPolicy access, Clock clock, PublicAddress publicAddress,
			MessageSource messages, ToComplete toComplete,
			org.springframework.beans.factory.ObjectProvider<SubscriptionPages> subscriptions) {
		this.subscriptions = subscriptions;
		this.toComplete = toComplete;
		this.messages = messages;
		this.publicAddress = publicAddress;
		this.imports = imports;
		this.tokens = tokens;
		this.access = access;
		this.clock = clock;
	}

	@GetMapping("/exchange")
	String show(Model model) {
		model.addAttribute("semester", Semester.coming(LocalDate.now(clock)).toString());
		model.addAttribute("toComplete", toComplete.list());
		model.addAttribute("subscriptions", subscriptions.getObject().rows());
		model.asMap().putIfAbsent("subscriptionErrors", Map.of());
		model.asMap().putIfAbsent("subscriptionForm", Map.of("pullMinutes", "60", "credentialKind", "NONE", "organiser",
				access.currentUser().organisation()));
		// An upload refused before it reached us (too large) arrives with its errors as a flash attribute.
		model.asMap().putIfAbsent("errors", Map.of());
		return "exchange/index";
	}

	/**
	 * The same import as the API; the report is shown on the page, or, where the file or the organiser is refused,
	 * the form again with the reason next to the field and what was chosen still there.
	 */
	@PostMapping("/exchange/import")
	String importFile(@RequestParam("file") MultipartFile file, @RequestParam @Nullable String organiser,
			@RequestParam(defaultValue = "false") boolean importValidPart, Model model, HttpServletResponse response,
			HttpSession session) {
		var upload = new PendingUpload(ExchangeApi.fileName(file), ExchangeApi.bytes(file), organiser, importValidPart);
		return run(upload, model, response, () -> {
			// A file whose events name countries, places or modes in words is reviewed before anything is saved.
			var checked = imports.importFile(upload.fileName(), upload.content(),
					new ImportOptions(organiser, Set.of(), importValidPart, Set.of(), true));
			if (checked.anySuggestion()) {
				session.setAttribute(PENDING, upload);
				return checked;
			}
			return imports.importFile(upload.fileName(), upload.content(), new ImportOptions(organiser, Set.of(),
					importValidPart));
		});
	}

	/** The reviewed file imported, with the suggestions the importer ticked. */
	@PostMapping("/exchange/import/confirm")
	String confirm(@RequestParam(name = "accept", required = false) @Nullable Set<String> accept, Model model,
			HttpServletResponse response, HttpSession session) {
		if (!(session.getAttribute(PENDING) instanceof PendingUpload upload)) {
			response.setStatus(422);
			model.addAttribute("errors", Map.of("file", messages.getMessage("exchange.review.expired", null,
					org.springframework.context.i18n.LocaleContextHolder.getLocale())));
			return show(model);
		}
		session.removeAttribute(PENDING);
		return run(upload, model, response, () -> imports.importFile(upload.fileName(), upload.content(),
				new ImportOptions(upload.organiser(), Set.of(), upload.importValidPart(),
						accept == null ? Set.of() : accept, false)));
	}

	/** A file kept between the review and the import, in the importer's own session only. */
	record PendingUpload(String fileName, byte[] content, @Nullable String organiser, boolean importValidPart)
			implements java.io.Serializable {
	}

	private String run(PendingUpload upload, Model model, HttpServletResponse response,
			java.util.function.Supplier<ImportReport> importing) {
		var organiser = upload.organiser();
		var importValidPart = upload.importValidPart();
		try {
			model.addAttribute("report", importing.get());
		}
		catch (InvalidInput e) {
			response.setStatus(422);
			model.addAttribute("errors", fieldErrors(e.fieldErrors()));
		}
		catch (IllegalArgumentException e) {
			response.setStatus(422);
			model.addAttribute("errors", Map.of("file", String.valueOf(e.getMessage())));
		}
		model.addAttribute("organiser", organiser);
		model.addAttribute("importValidPart", importValidPart);
		return show(model);
	}

	/** The organiser's error next to the organiser; whatever is wrong with the file's content next to the file. */
	private static Map<String, String> fieldErrors(Map<String, String> errors) {
		var shown = new LinkedHashMap<String, String>();
		errors.forEach((field, message) -> shown.merge("organiser".equals(field) ? field : "file", message,
				(first, next) -> first + " " + next));
		return shown;
	}

	/** htmx: swaps in the personal feed URL. */
	@PostMapping("/exchange/feed-token")
	String feedToken(Model model) {
		model.addAttribute("feedUrl", ExchangeApi.FeedUrl.issue(tokens, publicAddress, access.currentUser().username()));
		return "exchange/index :: feedUrl";
	}
}
