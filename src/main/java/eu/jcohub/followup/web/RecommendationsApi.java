package eu.jcohub.followup.web;

import eu.jcohub.followup.ActionDraft;
import eu.jcohub.followup.FollowupWords;
import eu.jcohub.followup.Recommendation;
import eu.jcohub.followup.RecommendationAction;
import eu.jcohub.followup.RecommendationChange;
import eu.jcohub.followup.RecommendationDraft;
import eu.jcohub.followup.Recommendations;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Recommendations", description = "The recommendation monitoring file: recommendations, their actions, status and evidence")
class RecommendationsApi {

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
	private final Recommendations recommendations;
	private final FollowupWords words;
	private final FollowupNames names;

	RecommendationsApi(Recommendations recommendations, FollowupWords words, FollowupNames names) {
		this.recommendations = recommendations;
		this.words = words;
		this.names = names;
	}

	@GetMapping("/api/recommendations")
	@Operation(summary = "The recommendations, filtered by status, addressee, source, operation, overdue actions or what is ours to do",
			description = "'addressee' is an organisation's code; 'operation' the id of the operation they came from; 'mine' keeps those addressed to the caller's organisation or with an open action it owns")
	List<Recommendation> list(@RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable String addressee,
			@RequestParam(defaultValue = "false") boolean overdue, @RequestParam(required = false) @Nullable String source,
			@RequestParam(defaultValue = "false") boolean mine, @RequestParam(required = false) @Nullable String operation) {
		return recommendations.list(Filters.of(status, addressee, overdue, source, mine, operation, words));
	}

	@GetMapping("/api/recommendations/{id}")
	@Operation(summary = "One recommendation with its actions and the recommendations it recurs with")
	Recommendation one(@PathVariable UUID id) {
		return recommendations.find(id);
	}

	@PostMapping("/api/recommendations")
	@Operation(summary = "Record a recommendation: its source, text, addressee (an organisation's code) and the operation it came from",
			description = "'operation' is the id of an operation whose details you may see; leave it out for a recommendation of the working party's own reports")
	ResponseEntity<Recommendation> record(@RequestBody RecommendationDraft draft) {
		return ResponseEntity.status(201).body(recommendations.record(draft));
	}

	@PatchMapping("/api/recommendations/{id}")
	@Operation(summary = "Change a recommendation: its status, evidence or reason; its wording and addressee for the file's keepers",
			description = "IMPLEMENTED needs evidence, NOT_IMPLEMENTED a reason. 'version' must be the version you read (a stale one is refused with 409, a missing one with 428)")
	Recommendation change(@PathVariable UUID id, @RequestBody RecommendationChange change) {
		return recommendations.change(id, change);
	}

	@PostMapping("/api/recommendations/{id}/actions")
	@Operation(summary = "Add an action: what is to be done, by which known organisation (its code), by when (ISO date)")
	ResponseEntity<RecommendationAction> act(@PathVariable UUID id, @RequestBody ActionDraft draft) {
		return ResponseEntity.status(201).body(recommendations.addAction(id, draft));
	}

	@GetMapping("/api/recommendations/export.xlsx")
	@Operation(summary = "The recommendations as a spreadsheet, with the same filters as the list")
	ResponseEntity<byte[]> xlsx(@RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable String addressee,
			@RequestParam(defaultValue = "false") boolean overdue, @RequestParam(required = false) @Nullable String source,
			@RequestParam(defaultValue = "false") boolean mine, @RequestParam(required = false) @Nullable String operation) {
		var file = file(status, addressee, overdue, source, mine, operation);
		return download(MonitoringFileXlsx.render(file), XLSX, "recommendations.xlsx");
	}

	@GetMapping("/api/recommendations/export.pdf")
	@Operation(summary = "The recommendations as PDF, with the same filters as the list, marked on every page")
	ResponseEntity<byte[]> pdf(@RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable String addressee,
			@RequestParam(defaultValue = "false") boolean overdue, @RequestParam(required = false) @Nullable String source,
			@RequestParam(defaultValue = "false") boolean mine, @RequestParam(required = false) @Nullable String operation) {
		var file = file(status, addressee, overdue, source, mine, operation);
		return download(MonitoringFilePdf.render(file, (page, pages) -> words.of("followup.export.page", page, pages)),
				MediaType.APPLICATION_PDF, "recommendations.pdf");
	}

	private MonitoringFile file(@Nullable String status, @Nullable String addressee, boolean overdue,
			@Nullable String source, boolean mine, @Nullable String operation) {
		var filter = Filters.of(status, addressee, overdue, source, mine, operation, words);
		var described = Filters.described(filter, words, names, recommendations.operations());
		return MonitoringFile.of(recommendations.list(filter), described,
				recommendations.today(), words, names::organisation);
	}

	private static ResponseEntity<byte[]> download(byte[] content, MediaType type, String name) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(content);
	}
}
