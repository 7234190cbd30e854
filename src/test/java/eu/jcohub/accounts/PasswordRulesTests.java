package eu.jcohub.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import eu.jcohub.shared.InvalidInput;
import org.junit.jupiter.api.Test;

class PasswordRulesTests {

	private final PasswordRules rules = PasswordRules.strict();

	@Test
	void acceptsALongUncommonPassword() {
		assertThat(rules.accepts("leader.dk", "harbour cranes at dawn")).isTrue();
		assertThat(rules.accepts("leader.dk", "x".repeat(128))).isTrue();
	}

	@Test
	void refusesTooShortAndTooLong() {
		assertThat(problem("leader.dk", "short-pass1")).contains("at least 12");
		assertThat(rules.accepts("leader.dk", "twelve-chars")).isTrue();
		assertThat(problem("leader.dk", "x".repeat(129))).contains("at most 128");
	}

	@Test
	void refusesThePasswordContainingTheUsernameInAnyCase() {
		assertThat(problem("leader.dk", "my-LEADER.DK-password")).contains("username");
	}

	@Test
	void refusesCommonPasswordsInAnyCase() {
		assertThat(rules.common()).hasSizeGreaterThanOrEqualTo(90);
		assertThat(problem("leader.dk", "Password1234")).contains("common");
		assertThat(problem("leader.dk", "QWERTY123456")).contains("common");
	}

	@Test
	void theDemoAcceptsItsSharedPassword() {
		assertThat(PasswordRules.demo().accepts("admin", "demo")).isTrue();
		assertThat(PasswordRules.demo().accepts("admin", "")).isFalse();
		assertThat(rules.accepts("admin", "demo")).isFalse();
	}

	private String problem(String username, String password) {
		var errors = new InvalidInput.Collector();
		rules.check(username, password, "password", errors);
		assertThat(errors.errors()).containsOnlyKeys("password");
		return errors.errors().get("password");
	}
}
