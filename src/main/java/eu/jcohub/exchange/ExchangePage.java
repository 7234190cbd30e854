package eu.jcohub.exchange;

import eu.jcohub.access.AccessPolicy;
import eu.jcohub.accounts.ApiTokens;
import eu.jcohub.shared.InvalidInput;
import java.time.Clock;
import java.time.LocalDate;
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

	ExchangePage(PlanImport imports, ApiTokens tokens, AccessPolicy access, Clock clock) {
		this.imports = imports;
		this.tokens = tokens;
		this.access = access;
		this.clock = clock;
	}

	@GetMapping("/exchange")
	String show(Model model) {
		model.addAttribute("semester", Semester.coming(LocalDate.now(clock)).toString());
		return "exchange/index";
	}

	/** The same import as the API; the report (or why the file was refused) is shown on the page. */
	@PostMapping("/exchange/import")
	String importFile(@RequestParam("file") MultipartFile file, @RequestParam @Nullable String organiser,
			@RequestParam(defaultValue = "false") boolean importValidPart, Model model) {
		try {
			model.addAttribute("report", imports.importFile(ExchangeApi.fileName(file), ExchangeApi.bytes(file),
					new ImportOptions(organiser, Set.of(), importValidPart)));
		}
		catch (InvalidInput e) {
			model.addAttribute("fileErrors", e.fieldErrors().values());
		}
		catch (IllegalArgumentException e) {
			model.addAttribute("fileErrors", java.util.List.of(e.getMessage()));
		}
		model.addAttribute("organiser", organiser);
		return show(model);
	}

	/** htmx: swaps in the personal feed URL. */
	@PostMapping("/exchange/feed-token")
	String feedToken(Model model) {
		model.addAttribute("feedUrl", ExchangeApi.FeedUrl.issue(tokens, access.currentUser().username()));
		return "exchange/index :: feedUrl";
	}
}
