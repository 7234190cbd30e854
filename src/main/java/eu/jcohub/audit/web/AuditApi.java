package eu.jcohub.audit.web;

import eu.jcohub.audit.AuditChain;
import eu.jcohub.audit.ChainVerification;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Administrators only (see the access module's security configuration). */
@RestController
@Tag(name = "Audit", description = "The tamper-evident trail of every change and every read of a sensitive record")
class AuditApi {

	private final AuditChain chain;

	AuditApi(AuditChain chain) {
		this.chain = chain;
	}

	@GetMapping("/api/audit/verify")
	@Operation(summary = "Recompute the audit chain and report the first broken link (administrators)")
	ChainVerification verify() {
		return chain.verify();
	}
}
