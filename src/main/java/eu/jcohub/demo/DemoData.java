package eu.jcohub.demo;

import eu.jcohub.access.OperationRoles;
import eu.jcohub.shared.startup.StartupWork;
import eu.jcohub.accounts.UserAccounts;
import eu.jcohub.exchange.DemoCalendar;
import eu.jcohub.operations.OperationRegister;
import eu.jcohub.operations.OperationView;
import eu.jcohub.shared.db.DemoMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo on the first start of a demo instance: the demo accounts, then the operations, each tabled
 * through the register by its organiser's demo planner as a real user would, so that validation,
 * deconfliction and the audit trail all apply. A later start finds the accounts and loads nothing.
 */
@Component
class DemoData {

	/** Fixed, so that two demos started on the same day are the same demo. */
	static final long SEED = 20_260_101L;
	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final DemoMode demoMode;
	private final UserAccounts accounts;
	private final OperationRegister register;
	private final TransactionTemplate transaction;
	private final Clock clock;
	private final DemoUsers users;
	private final DemoSeizures seizures;
	private final DemoCooperation cooperation;
	private final DemoLibrary library;
	private final OperationRoles roles;
	private final StartupWork startup;
	private final DemoLifecycle lifecycle;
	private final DemoCalendar demoCalendar;
	private final DemoCases demoCases;
	private static final String WORK = "demo data";

	DemoData(DemoMode demoMode, UserAccounts accounts, OperationRoles roles, OperationRegister register,
			TransactionTemplate transaction, Clock clock, DemoUsers users, DemoSeizures seizures, DemoLibrary library,
			StartupWork startup, DemoLifecycle lifecycle, DemoCalendar demoCalendar,
			DemoCooperation cooperation, DemoCases demoCases) {
		this.demoCases = demoCases;
		this.cooperation = cooperation;
		this.demoCalendar = demoCalendar;
		this.startup = startup;
		this.lifecycle = lifecycle;
		this.roles = roles;
		this.users = users;
		this.seizures = seizures;
		this.library = library;
		this.demoMode = demoMode;
		this.accounts = accounts;
		this.register = register;
		this.transaction = transaction;
		this.clock = clock;
		// Known before the server answers, so that health never says UP before a demo account can sign in.
		if (demoMode.enabled() && !accounts.anyExist()) {
			startup.begin(WORK);
		}
	}

	@EventListener(ApplicationReadyEvent.class)
	void onStart() {
		if (demoMode.enabled() && !accounts.anyExist()) {
			load();
			// Outside the demo data's transaction: a calendar that cannot be followed never undoes the demo.
			demoCalendar.subscribeTheDemo();
			startup.done(WORK);
		}
	}

	/**
	 * Loads everything in one transaction: a first start that fails half-way leaves no half demo behind,
	 * and the next start tries again.
	 */
	void load() {
		long started = System.nanoTime();
		var today = LocalDate.now(clock);
		var random = new Random(SEED);
		var operations = DemoPlans.generate(today, random);
		var leadTimes = new Random(SEED + 1);
		transaction.executeWithoutResult(status -> {
			for (var account : DemoAccounts.ALL) {
				accounts.open(account.username(), account.displayName(), account.organisation(), Set.of(account.role()),
						DemoAccounts.PASSWORD);
			}
			OperationView running = null;
			var told = new java.util.ArrayList<DemoLifecycle.Tabled>();
			var all = new ArrayList<OperationView>();
			for (var operation : operations) {
				var firstKnown = DemoLifecycle.firstKnown(operation.plan(), today, leadTimes);
				var tabled = users.as(operation.tabledBy(), () -> register.table(operation.plan(), firstKnown));
				told.add(new DemoLifecycle.Tabled(operation, tabled));
				all.add(tabled);
				operation.roles().forEach((username, role) -> roles.assign(tabled.id(), username, role));
				if (operation.plan().name().equals(DemoPlans.RUNNING_NOW)) {
					running = tabled;
				}
			}
			long lifecycleStarted = System.nanoTime();
			lifecycle.tell(told);
			log.info("Demo lifecycle told in {} ms", (System.nanoTime() - lifecycleStarted) / 1_000_000);
			seizures.load(Objects.requireNonNull(running, DemoPlans.RUNNING_NOW + " is part of the demo plans"));
			library.load(all, today, random);
			cooperation.load(running, today);
		});
		demoCases.load(today);
		log.info("Demo loaded: {} accounts (password '{}') and {} operations in {} ms", DemoAccounts.ALL.size(),
				DemoAccounts.PASSWORD, operations.size(), (System.nanoTime() - started) / 1_000_000);
	}
}
