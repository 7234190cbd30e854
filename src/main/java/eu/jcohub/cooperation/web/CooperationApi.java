package eu.jcohub.cooperation.web;

import eu.jcohub.cooperation.Article;
import eu.jcohub.cooperation.CompetenceDraft;
import eu.jcohub.cooperation.CompetenceEntry;
import eu.jcohub.cooperation.Cooperation;
import eu.jcohub.cooperation.Guidance;
import eu.jcohub.cooperation.NaplesRequest;
import eu.jcohub.cooperation.RequestChange;
import eu.jcohub.cooperation.RequestDraft;
import eu.jcohub.cooperation.UsageStatistics;
import eu.jcohub.shared.OperationId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Naples II cooperation",
		description = "Competence matrix, guidance, requests for special forms of cooperation (art. 20-24) and their use")
class CooperationApi {

	private final Cooperation cooperation;
	private final MessageSource messages;

	CooperationApi(Cooperation cooperation, MessageSource messages) {
		this.cooperation = cooperation;
		this.messages = messages;
	}

	/** An article with its name. */
	record ArticleView(int article, String name, String summary) {
	}

	@GetMapping("/api/naples/articles")
	@Operation(summary = "The special forms of cooperation of the Naples II Convention, articles 20 to 24")
	List<ArticleView> articles(Locale locale) {
		return Arrays.stream(Article.values())
			.map(a -> new ArticleView(a.number(), messages.getMessage("cooperation.article." + a.number(), null, locale),
					messages.getMessage("cooperation.page." + a.number() + ".allows", null, locale)))
			.toList();
	}

	@GetMapping("/api/naples/competences")
	@Operation(summary = "The competence matrix, or one member state's entries with country=DE; demonstration entries are marked")
	List<CompetenceEntry> competences(@RequestParam(required = false) @Nullable String country) {
		return cooperation.competences(country);
	}

	@PutMapping("/api/naples/competences/{country}/{article}")
	@Operation(summary = "Confirm your member state's entry for an article (authorities, who decides, declaration, contact point, legal basis)")
	CompetenceEntry confirm(@PathVariable String country, @PathVariable String article,
			@RequestBody CompetenceDraft draft) {
		return cooperation.confirm(country, article, draft);
	}

	@GetMapping("/api/naples/guidance")
	@Operation(summary = "What a request of the article from one member state to another takes, written from the matrix")
	Guidance guidance(@RequestParam(required = false) @Nullable String article,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to) {
		return cooperation.guidance(Article.parse(article, "article"), from == null ? "" : from, to == null ? "" : to);
	}

	@GetMapping("/api/operations/{id}/naples-requests")
	@Operation(summary = "The operation's Naples II requests that you may read")
	List<NaplesRequest> requests(@PathVariable OperationId id) {
		return cooperation.requestsOf(id);
	}

	@PostMapping("/api/operations/{id}/naples-requests")
	@Operation(summary = "File a Naples II request on the operation, optionally from one of its seizure reports")
	ResponseEntity<NaplesRequest> file(@PathVariable OperationId id, @RequestBody RequestDraft draft) {
		cooperation.requireFile(id);
		var filed = cooperation.file(id, draft);
		return ResponseEntity.created(URI.create("/api/naples-requests/" + filed.id())).body(filed);
	}

	@PatchMapping("/api/naples-requests/{id}")
	@Operation(summary = "Move a request to its next status on a day, record its outcome and notes (If-Match: the version changed)")
	NaplesRequest change(@PathVariable UUID id, @RequestBody RequestChange change,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
		cooperation.requireChange(id);
		return cooperation.change(id, change, version(ifMatch));
	}

	@GetMapping("/api/naples/statistics")
	@Operation(summary = "How the special forms are used: per article, per pair of states, in JCOs and outside, acceptance and time to answer")
	UsageStatistics statistics() {
		return cooperation.statistics();
	}

	private static @Nullable Long version(@Nullable String ifMatch) {
		if (ifMatch == null || ifMatch.isBlank()) {
			return null;
		}
		try {
			return Long.valueOf(ifMatch.replace("\"", "").replace("W/", "").strip());
		}
		catch (NumberFormatException e) {
			throw eu.jcohub.shared.InvalidInput.of("If-Match", "the version number the change was made on");
		}
	}
}
