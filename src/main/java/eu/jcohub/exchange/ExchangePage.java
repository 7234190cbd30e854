package eu.jcohub.exchange;

import eu.jcohub.access.AccessPolicy;
import eu.jcohub.accounts.ApiTokens;
import eu.jcohub.shared.web.PublicAddress;
import eu.jcohub.shared.InvalidInput;
import java.time.Clock;
import java.time.LocalDate;
import jakarta.servlet.http.HttpServletResponse;
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

	ExchangePage(PlanImport imports, ApiTokens tokens, AccessPolicy access, Clock clock, PublicAddress publicAddress) {
		this.publicAddress = publicAddress;
		this.imports = imports;
		this.tokens = tokens;
		this.access = access;
		this.clock = clock;
	}

	@GetMapping("/exchange")
	String show(Model model) {
		model.addAttribute("semester", Semester.coming(LocalDate.now(clock)).toString());
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
			@RequestParam(defaultValue = "false") boolean importValidPart, Model model, HttpServletResponse response) {
		try {
			model.addAttribute("report", imports.importFile(ExchangeApi.fileName(file), ExchangeApi.bytes(file),
					new ImportOptions(organiser, Set.of(), importValidPart)));
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
