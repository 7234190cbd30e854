package eu.jcohub.audit;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar jcohub.jar --verify-audit}: recomputes the audit chain, prints the result and exits
 * (status 0 when intact, 3 when broken).
 */
@Component
class VerifyAuditCommand implements ApplicationRunner {

	private final AuditChain chain;
	private final ConfigurableApplicationContext context;

	VerifyAuditCommand(AuditChain chain, ConfigurableApplicationContext context) {
		this.chain = chain;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		if (!arguments.containsOption("verify-audit")) {
			return;
		}
		var result = chain.verify();
		System.out.println(result.intact() ? "Audit chain intact: " + result.entriesChecked() + " entries checked."
				: "Audit chain BROKEN at entry " + result.firstBrokenEntry() + ": " + result.problem());
		int status = result.intact() ? 0 : 3;
		System.exit(SpringApplication.exit(context, () -> status));
	}
}
