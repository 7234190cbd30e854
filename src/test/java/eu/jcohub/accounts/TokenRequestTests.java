package eu.jcohub.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.jcohub.shared.InvalidInput;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokenRequestTests {

	@Test
	void writeBringsReadAlongAndValidityDefaultsToNinetyDays() {
		var request = TokenRequest.of("  nightly sync ", List.of("write"), null);
		assertThat(request.name()).isEqualTo("nightly sync");
		assertThat(request.scopes()).containsExactlyInAnyOrder(TokenScope.READ, TokenScope.WRITE);
		assertThat(request.validity()).isEqualTo(Duration.ofDays(90));
	}

	@Test
	void aReadTokenOnlyReads() {
		assertThat(TokenRequest.of("dashboard", List.of("READ"), 1).scopes()).containsExactly(TokenScope.READ);
		assertThat(TokenRequest.of("dashboard", List.of("READ"), 365).validityDays()).isEqualTo(365);
	}

	@Test
	void namesEveryWrongField() {
		assertThatThrownBy(() -> TokenRequest.of(" ", List.of("ADMIN"), 366)).isInstanceOfSatisfying(InvalidInput.class,
				e -> assertThat(e.fieldErrors()).containsOnlyKeys("name", "scopes", "validityDays"));
		assertThatThrownBy(() -> TokenRequest.of("x".repeat(81), null, 0)).isInstanceOfSatisfying(InvalidInput.class,
				e -> assertThat(e.fieldErrors()).containsOnlyKeys("name", "scopes", "validityDays"));
		assertThatThrownBy(() -> TokenRequest.of(null, List.of(), 30)).isInstanceOfSatisfying(InvalidInput.class,
				e -> assertThat(e.fieldErrors()).containsOnlyKeys("name", "scopes"));
	}

	@Test
	void cannotBeBuiltInvalidAroundTheChecks() {
		assertThatThrownBy(() -> new TokenRequest("x", Set.of(), 30)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new TokenRequest("x", Set.of(TokenScope.READ), 400))
			.isInstanceOf(IllegalArgumentException.class);
	}
}
