package eu.jcohub.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QueryStringGuardTests {

	@Test
	void readsPercentEncodedUtf8AndPlusAsSpace() {
		assertThat(QueryStringGuard.decoded("caf%C3%A9+au+lait")).isEqualTo("café au lait");
		assertThat(QueryStringGuard.decoded("a%00b")).isEqualTo("a\u0000b");
		assertThat(QueryStringGuard.decoded("")).isEmpty();
	}

	@Test
	void refusesWhatStandsForNoText() {
		assertThat(QueryStringGuard.decoded("%ff%fe")).as("not UTF-8").isNull();
		assertThat(QueryStringGuard.decoded("%zz")).as("no hexadecimal digits").isNull();
		assertThat(QueryStringGuard.decoded("abc%4")).as("cut short").isNull();
		assertThat(QueryStringGuard.decoded("%C3")).as("half a character").isNull();
	}
}
