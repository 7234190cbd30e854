package eu.jcohub.accounts;

import eu.jcohub.access.Role;

import static org.assertj.core.api.Assertions.assertThat;

import eu.jcohub.support.Api;
import eu.jcohub.support.FormSession;
import eu.jcohub.support.IntegrationTest;
import eu.jcohub.support.TestAccounts;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Accounts fit for law-enforcement data, over real HTTP: second factor, enrolment, sessions, passwords. */
@IntegrationTest
class AccountsTests {

	private static final String PASSWORD = TestAccounts.PASSWORD;

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	SecondFactors secondFactors;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anAccountWithASecondFactorSignsInOnlyWithItsCurrentCode() {
		var user = accounts.ensure("t.acct.totp", "FI-CUSTOMS", Role.NATIONAL_COORDINATOR);
		accounts.enrol(user);
		var browser = new FormSession(port);

		assertThat(browser.signIn(user, PASSWORD, "").headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).endsWith("/login?error"));
		assertThat(browser.signIn(user, PASSWORD, wrongCode(user)).headers().firstValue("Location"))
			.hasValueSatisfying(location -> assertThat(location).endsWith("/login?error"));
		assertThat(failedLogins(user)).as("a missing or wrong code counts like a wrong password").isEqualTo(2);

		var code = accounts.totpCode(user);
		var signedIn = browser.signIn(user, PASSWORD, code);
		assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
		assertThat(browser.get("/account").body()).contains(user).contains("Authenticator app: on");
		assertThat(failedLogins(user)).isZero();

		assertThat(new FormSession(port).signIn(user, PASSWORD, code).headers().firstValue("Location").orElseThrow())
			.as("a code is accepted once only").endsWith("/login?error");
	}

	@Test
	void theSignInFormSaysTheSameWhateverPartWasWrong() {
		var user = accounts.ensure("t.acct.same", "FI-CUSTOMS", Role.NATIONAL_COORDINATOR);
		accounts.enrol(user);
		var wrongPassword = new FormSession(port).signIn(user, "not-the-password", accounts.totpCode(user));
		var missingCode = new FormSession(port).signIn(user, PASSWORD, "");
		assertThat(wrongPassword.headers().firstValue("Location"))
			.isEqualTo(missingCode.headers().firstValue("Location"));
	}

	@Test
	void httpBasicIsRefusedForAccountsWithASecondFactorWhichUseAToken() {
		var user = accounts.ensure("t.acct.basic", "DK-CUSTOMS", Role.OPERATION_LEADER);
		assertThat(Api.as(port, user).get("/api/notifications").status()).isEqualTo(200);
		accounts.enrol(user);

		var basic = Api.as(port, user).get("/api/notifications");
		assertThat(basic.status()).isEqualTo(401);
		assertThat(basic.contentType()).startsWith("application/problem+json");
		assertThat(basic.json().get("detail").asString()).contains("personal API token");
		assertThat(Api.bearer(port, accounts.apiToken(user)).get("/api/notifications").status()).isEqualTo(200);
	}

	@Test
	void anAdministratorWithoutSecondFactorMustEnrolBeforeAnythingElse() {
		var admin = accounts.ensure("t.acct.admin", "JCOHUB", Role.ADMIN);
		var basic = Api.as(port, admin).get("/api/notifications");
		assertThat(basic.status()).isEqualTo(401);
		assertThat(basic.json().get("detail").asString()).contains("enrol a second factor");

		var browser = new FormSession(port);
		assertThat(browser.signIn(admin, PASSWORD, "").headers().firstValue("Location").orElseThrow())
			.doesNotContain("error");
		for (var page : new String[] { "/calendar", "/account", "/operations/new" }) {
			var answer = browser.get(page);
			assertThat(answer.statusCode()).as(page).isEqualTo(302);
			assertThat(answer.headers().firstValue("Location").orElseThrow()).as(page).endsWith("/account/two-factor");
		}
		assertThat(browser.get("/api/notifications").statusCode()).isEqualTo(403);
		assertThat(browser.get("/css/jcohub.css").statusCode()).isEqualTo(200);

		var enrolment = browser.get("/account/two-factor");
		assertThat(enrolment.statusCode()).isEqualTo(200);
		var secret = TotpSecret.ofBase32(find(enrolment.body(), "id=\"totp-secret\"[^>]*>([A-Z2-7 ]+)<"));
		assertThat(enrolment.body()).contains("otpauth://totp/JCO%20Hub:t.acct.admin?secret=" + secret.base32()
				+ "&amp;issuer=JCO%20Hub");

		var wrong = browser.post("/account/two-factor", "/account/two-factor", Map.of("code", "12345"));
		assertThat(wrong.statusCode()).isEqualTo(200);
		assertThat(wrong.body()).contains("id=\"code-error\"");
		assertThat(secondFactors.enabled(admin)).isFalse();

		var enabled = browser.post("/account/two-factor", "/account/two-factor",
				Map.of("code", secret.codeAt(Instant.now())));
		assertThat(enabled.headers().firstValue("Location").orElseThrow()).endsWith("/account?secondFactorEnabled");
		assertThat(browser.get("/calendar").statusCode()).isEqualTo(200);
		assertThat(secondFactors.enabled(admin)).isTrue();

		browser.post("/account/two-factor", "/account/two-factor/disable", Map.of("code", secret.codeAt(Instant.now())));
		assertThat(secondFactors.enabled(admin)).as("administrators keep their second factor").isTrue();
	}

	@Test
	void signingOutEverywhereEndsTheOtherSessionsOfTheUser() {
		var user = accounts.ensure("t.acct.roaming", "PL-CUSTOMS", Role.NATIONAL_COORDINATOR);
		var office = signedIn(user);
		var laptop = signedIn(user);
		var phone = signedIn(user);
		var someoneElse = signedIn(accounts.ensure("t.acct.colleague", "PL-CUSTOMS", Role.NATIONAL_COORDINATOR));
		assertThat(office.get("/calendar").statusCode()).isEqualTo(200);

		var done = laptop.post("/account", "/account/sign-out-everywhere", Map.of());
		assertThat(done.headers().firstValue("Location").orElseThrow()).endsWith("/login?signedOutEverywhere");

		var page = office.get("/calendar");
		assertThat(page.statusCode()).isEqualTo(302);
		assertThat(page.headers().firstValue("Location").orElseThrow()).endsWith("/login?expired");
		assertThat(office.get("/calendar").headers().firstValue("Location").orElseThrow()).as("the session is gone")
			.endsWith("/login");
		assertThat(phone.get("/api/notifications").statusCode()).isEqualTo(401);
		assertThat(laptop.get("/calendar").statusCode()).isEqualTo(302);

		assertThat(someoneElse.get("/calendar").statusCode()).isEqualTo(200);
		assertThat(signedIn(user).get("/calendar").statusCode()).as("a new sign-in works").isEqualTo(200);
	}

	@Test
	void changingThePasswordShowsEachProblemNextToItsField() {
		var user = accounts.ensure("t.acct.changer", "SE-CUSTOMS", Role.ANALYST);
		var browser = signedIn(user);

		var refused = browser.post("/account", "/account/password",
				Map.of("current", "not-my-password", "password", "short", "repeat", "different"));
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.body()).contains("id=\"current-error\"", "id=\"password-error\"", "id=\"repeat-error\"")
			.contains("this is not your current password", "use at least 12 characters", "the two new passwords differ");

		var common = browser.post("/account", "/account/password",
				Map.of("current", PASSWORD, "password", "Password1234", "repeat", "Password1234"));
		assertThat(common.body()).contains("id=\"password-error\"").doesNotContain("id=\"current-error\"");

		var fresh = "tall ships in Gdansk harbour";
		var elsewhere = signedIn(user);
		var changed = browser.post("/account", "/account/password",
				Map.of("current", PASSWORD, "password", fresh, "repeat", fresh));
		assertThat(changed.headers().firstValue("Location").orElseThrow()).endsWith("/account?passwordChanged");
		assertThat(browser.get("/calendar").statusCode()).as("this session goes on").isEqualTo(200);
		assertThat(elsewhere.get("/calendar").headers().firstValue("Location").orElseThrow())
			.as("the other session ended").contains("/login?expired");
		assertThat(new FormSession(port).signIn(user, fresh, "").headers().firstValue("Location").orElseThrow())
			.doesNotContain("error");
		assertThat(new FormSession(port).signIn(user, PASSWORD, "").headers().firstValue("Location").orElseThrow())
			.endsWith("/login?error");

		var audited = jdbc.sql("select after::text from audit_log where entity_type = 'user' and entity_id = ? "
				+ "and action = 'PASSWORD_CHANGED'").param(user).query(String.class).list();
		assertThat(audited).hasSize(1).noneMatch(after -> after.contains(fresh) || after.contains(PASSWORD));
	}

	@Test
	void theSessionCookieIsHttpOnlyAndSameSiteLax() {
		var browser = new FormSession(port);
		var answer = browser.get("/login");
		assertThat(answer.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
			.startsWith("JSESSIONID=").containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax"));
	}

	private FormSession signedIn(String user) {
		var browser = new FormSession(port);
		var answer = browser.signIn(user, PASSWORD, "");
		assertThat(answer.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
		return browser;
	}

	private String wrongCode(String user) {
		var right = accounts.totpCode(user);
		return right.equals("000000") ? "111111" : "000000";
	}

	private int failedLogins(String user) {
		return jdbc.sql("select failed_logins from users where username = ?").param(user).query(Integer.class).single();
	}

	private static String find(String text, String regex) {
		var matcher = Pattern.compile(regex).matcher(text);
		assertThat(matcher.find()).as(regex).isTrue();
		return matcher.group(1);
	}
}
