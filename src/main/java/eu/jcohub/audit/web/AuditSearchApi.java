package eu.jcohub.audit.web;

import eu.jcohub.access.AccessPolicy;
import eu.jcohub.audit.AuditEntry;
import eu.jcohub.audit.AuditSearch;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit trail for those who may read it: administrators all of it, everyone else what their own
 * organisation did and what anyone did to its records. Lives here because who may read what is the access module's decision.
 */
@RestController
@Tag(name = "Audit")
class AuditSearchApi {

	private final AuditSearch audit;
	private final AccessPolicy access;

	AuditSearchApi(AuditSearch audit, AccessPolicy access) {
		this.audit = audit;
		this.access = access;
	}

	@GetMapping("/api/audit-trail")
	@Operation(summary = "Search the audit trail, newest first (administrators: all; others: their organisation's)")
	List<AuditEntry> search(@RequestParam @Nullable String entityType, @RequestParam @Nullable String entityId,
			@RequestParam @Nullable String actor,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable Instant from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable Instant to) {
		return audit.search(access.currentUser().auditScope(),
				new AuditSearch.Criteria(entityType, entityId, actor, from, to));
	}

	@GetMapping("/api/audit-trail.csv")
	@Operation(summary = "The same search as CSV, for an auditor")
	ResponseEntity<String> export(@RequestParam @Nullable String entityType, @RequestParam @Nullable String entityId,
			@RequestParam @Nullable String actor,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable Instant from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable Instant to) throws IOException {
		var out = new StringWriter();
		try (var csv = CSVFormat.DEFAULT.builder()
			.setHeader("id", "at", "actor", "organisation", "action", "entityType", "entityId", "before", "after",
					"remoteAddress", "hash", "recordOwner")
			.get()
			.print(out)) {
			for (var entry : search(entityType, entityId, actor, from, to)) {
				csv.printRecord(entry.id(), entry.at(), entry.actor(), entry.organisation(), entry.action(),
						entry.entityType(), entry.entityId(), entry.before(), entry.after(), entry.remoteAddress(),
						entry.hash(), entry.recordOwner());
			}
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
			.header("Content-Disposition", "attachment; filename=\"audit-trail.csv\"")
			.body(out.toString());
	}
}
