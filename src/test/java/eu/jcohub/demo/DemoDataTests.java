package eu.jcohub.demo;

import static org.assertj.core.api.Assertions.assertThat;

import eu.jcohub.accounts.UserAccounts;
import eu.jcohub.shared.db.DemoMode;
import eu.jcohub.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Outside demo mode nothing is loaded and no demo account exists. (Loading itself is checked by starting the
 * application for real, see docs/demo.md: the shared test database must not receive the demo.)
 */
@IntegrationTest
class DemoDataTests {

	@Autowired
	DemoMode demoMode;

	@Autowired
	DemoData demoData;

	@Autowired
	UserAccounts accounts;

	@Test
	void withoutDemoModeAStartLoadsNothingAndNoDemoAccountExists() {
		assertThat(demoMode.enabled()).isFalse();

		demoData.onStart();

		assertThat(DemoAccounts.ALL).allSatisfy(account -> assertThat(accounts.find(account.username())).isEmpty());
	}
}
