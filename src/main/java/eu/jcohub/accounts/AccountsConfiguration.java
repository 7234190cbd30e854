package eu.jcohub.accounts;

import eu.jcohub.shared.db.DemoMode;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AccountsConfiguration {

	/** Strict everywhere but in the demo, whose accounts share the password {@code demo}. */
	@Bean
	PasswordRules passwordRules(DemoMode demo) {
		return demo.enabled() ? PasswordRules.demo() : PasswordRules.strict();
	}
}
