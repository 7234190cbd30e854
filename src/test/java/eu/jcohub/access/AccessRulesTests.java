package eu.jcohub.access;

import static org.assertj.core.api.Assertions.assertThat;

import eu.jcohub.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;

/**
 * Every module declares its rules in its own name, and every rule says in words who it allows and why it refused:
 * the access matrix page and the refusals read them.
 */
@IntegrationTest
class AccessRulesTests {

	@Autowired
	List<AccessRules> modules;

	@Autowired
	MessageSource messages;

	@Test
	void modulesDeclareTheirOwnRules() {
		assertThat(modules).extracting(AccessRules::module)
			.contains("access", "operations", "deconfliction", "seizures", "protection");
		for (var module : modules) {
			assertThat(module.rules()).allSatisfy(rule -> assertThat(rule.code()).startsWith(module.module() + "."));
		}
	}

	@Test
	void everyRuleIsWorded() {
		var missing = new ArrayList<String>();
		for (var module : modules) {
			for (var rule : module.rules()) {
				for (var key : List.of(rule.whoKey(), rule.refusalKey())) {
					try {
						messages.getMessage(key, null, Locale.ENGLISH);
					}
					catch (NoSuchMessageException e) {
						missing.add(key);
					}
				}
			}
		}
		assertThat(missing).isEmpty();
	}
}
