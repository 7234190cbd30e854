package eu.jcohub.audit.web;

import eu.jcohub.access.AccessPolicy;
import eu.jcohub.audit.AuditSearch;
import eu.jcohub.audit.ReadableEntries;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import eu.jcohub.shared.csv.SafeCsv;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit trail for those who may read it: administrators all of it, everyone else what their own
 * organisation did and what anyone did to its records, with every entry also in words.
 */
@RestController
@Tag(name = "Audit", description = "The tamper-evident trail of every change and every read of a sensitive record")
class AuditSearchApi {

	private final AuditSearch audit;
	private final ReadableEntries words;
	private final AccessPolicy access;

	AuditSearchApi(AuditSearch audit, ReadableEntries words, AccessPolicy access) {
		this.audit = audit;
		this.words = words;
		this.access = access;
	}

	@GetMapping("/api/audit-trail")
	@Operation(summary = "Search the audit trail, newest first",
			description = "Administrators search all of it, others what their organisation did and what anyone did to "
					+ "its records. Each entry carries its stored codes and states, and the same entry in words "
					+ "('inWords').")
	List<AuditEntryResource> search(@RequestParam @Nullable String entityType, @RequestParam @Nullable String entityId,
			@RequestParam @Nullable String actor,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable Instant from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable Instant to, Locale locale) {
		var entries = audit.search(access.currentUser().auditScope(),
				new AuditSearch.Criteria(entityType, entityId, actor, from, to));
		return words.of(entries, locale).stream().map(AuditEntryResource::of).toList();
	}

	@GetMapping("/api/audit-trail.csv")
	@Operation(summary = "The same search as CSV, for an auditor",
			description = "The stored columns first (codes, states as JSON, the hash), then the same entry in words.")
	ResponseEntity<String> export(@RequestParam @Nullable String entityType, @RequestParam @Nullable String entityId,
			@RequestParam @Nullable String actor,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable Instant from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable Instant to, Locale locale) {
		var rows = search(entityType, entityId, actor, from, to, locale).stream().map(entry -> {
			var words = entry.inWords();
			return java.util.Arrays.<Object>asList(entry.id(), entry.at(), entry.actor(), entry.organisation(),
					entry.action(), entry.entityType(), entry.entityId(), entry.before(), entry.after(),
					entry.remoteAddress(), entry.hash(), entry.recordOwner(), entry.recordLabel(), words.when(),
					words.actingFor(), words.what(), words.kindOfRecord(), words.record(),
					String.join("\n", words.changes()), words.origin());
		}).toList();
		var csv = SafeCsv.write(List.of("id", "at", "actor", "organisation", "action", "entityType", "entityId",
				"before", "after", "remoteAddress", "hash", "recordOwner", "recordLabel", "when", "actingFor", "what",
				"kindOfRecord", "record", "changes", "origin"), rows);
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
			.header("Content-Disposition", "attachment; filename=\"audit-trail.csv\"")
			.body(csv);
	}
}
