package eu.jcohub.audit;

import java.time.Clock;
import java.time.Instant;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recomputes the audit chain once a day, on one instance of the cluster at a time. A broken chain is announced
 * ({@link AuditChainFoundBroken}) so that the administrators hear of it the same day, and again each day until it
 * is dealt with; nobody has to remember to look.
 */
@Component
class AuditChainWatch {

	private static final Logger log = LoggerFactory.getLogger(AuditChainWatch.class);
	private final AuditChain chain;
	private final ApplicationEventPublisher events;
	private final TransactionTemplate transactions;
	private final Clock clock;

	AuditChainWatch(AuditChain chain, ApplicationEventPublisher events, TransactionTemplate transactions, Clock clock) {
		this.chain = chain;
		this.events = events;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** Public so that the lock's proxy surely intercepts it; the class itself stays package-private. */
	@Scheduled(cron = "${jcohub.audit.check-cron:0 45 3 * * *}", zone = "UTC")
	@SchedulerLock(name = "audit-chain-check", lockAtMostFor = "PT2H")
	public void daily() {
		check();
	}

	ChainVerification check() {
		var result = chain.verify();
		if (result.intact()) {
			log.info("Audit chain intact: {} entries checked", result.entriesChecked());
			return result;
		}
		log.error("Audit chain BROKEN at entry {}: {}", result.firstBrokenEntry(), result.problem());
		// In a transaction, so that the announcement is recorded and reaches its listeners even across a restart.
		transactions.executeWithoutResult(status -> events
			.publishEvent(new AuditChainFoundBroken(result.firstBrokenEntry(), Instant.now(clock))));
		return result;
	}
}
