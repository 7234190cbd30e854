package eu.jcohub.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TotpTests {

	private static final byte[] RFC_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
	private static final TotpSecret SECRET = new TotpSecret(RFC_KEY);

	@ParameterizedTest(name = "at {0}s: {1}")
	@CsvSource({ "59, 94287082", "1111111109, 07081804", "1111111111, 14050471", "1234567890, 89005924",
			"2000000000, 69279037", "20000000000, 65353130" })
	void matchesTheSha1TestVectorsOfRfc6238(long seconds, String expected) {
		assertThat(Totp.code(RFC_KEY, Totp.step(Instant.ofEpochSecond(seconds)), 8)).isEqualTo(expected);
		assertThat(SECRET.codeAt(Instant.ofEpochSecond(seconds))).isEqualTo(expected.substring(2));
	}

	@Test
	void acceptsOneStepEarlyOrLateButNotTwo() {
		var now = Instant.ofEpochSecond(1_111_111_111);
		long step = Totp.step(now);
		assertThat(Totp.match(SECRET, Totp.code(SECRET, step - 1), now, OptionalLong.empty())).hasValue(step - 1);
		assertThat(Totp.match(SECRET, Totp.code(SECRET, step + 1), now, OptionalLong.empty())).hasValue(step + 1);
		assertThat(Totp.match(SECRET, Totp.code(SECRET, step - 2), now, OptionalLong.empty())).isEmpty();
		assertThat(Totp.match(SECRET, Totp.code(SECRET, step + 2), now, OptionalLong.empty())).isEmpty();
	}

	@Test
	void refusesACodeOfTheLastAcceptedStepOrAnEarlierOne() {
		var now = Instant.ofEpochSecond(1_234_567_890);
		long step = Totp.step(now);
		var code = Totp.code(SECRET, step);
		assertThat(Totp.match(SECRET, code, now, OptionalLong.of(step - 1))).hasValue(step);
		assertThat(Totp.match(SECRET, code, now, OptionalLong.of(step))).as("replayed").isEmpty();
		assertThat(Totp.match(SECRET, Totp.code(SECRET, step - 1), now, OptionalLong.of(step))).isEmpty();
		assertThat(Totp.match(SECRET, Totp.code(SECRET, step + 1), now, OptionalLong.of(step))).hasValue(step + 1);
	}

	@Test
	void refusesWhatIsNotSixDigits() {
		var now = Instant.ofEpochSecond(59);
		assertThat(Totp.match(SECRET, "", now, OptionalLong.empty())).isEmpty();
		assertThat(Totp.match(SECRET, "94287082", now, OptionalLong.empty())).isEmpty();
		assertThat(Totp.match(SECRET, "28708a", now, OptionalLong.empty())).isEmpty();
		assertThat(Totp.match(SECRET, "287 082", now, OptionalLong.empty())).as("spaces are ignored").hasValue(1);
	}

	@Test
	void base32RoundTripsAndMatchesRfc4648() {
		assertThat(Base32.encode(RFC_KEY)).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
		assertThat(Base32.encode("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
		assertThat(Base32.decode("gezd gnbv-gy3t qojq gezd gnbv gy3t qojq")).isEqualTo(RFC_KEY);
		var secret = TotpSecret.random();
		assertThat(secret.bytes()).hasSize(20);
		assertThat(TotpSecret.ofBase32(secret.grouped())).isEqualTo(secret);
	}

	@Test
	void showsTheSecretGroupedAndAsKeyUri() {
		assertThat(SECRET.grouped()).isEqualTo("GEZD GNBV GY3T QOJQ GEZD GNBV GY3T QOJQ");
		assertThat(SECRET.uri("leader.dk")).isEqualTo(
				"otpauth://totp/JCO%20Hub:leader.dk?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=JCO%20Hub");
	}
}
