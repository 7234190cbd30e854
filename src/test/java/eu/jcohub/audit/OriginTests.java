package eu.jcohub.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OriginTests {

	@Test
	void theServerItselfIsLocal() {
		assertThat(Origin.of("0:0:0:0:0:0:0:1")).isEqualTo(Origin.LOCAL);
		assertThat(Origin.of("::1")).isEqualTo(Origin.LOCAL);
		assertThat(Origin.of("127.0.0.1")).isEqualTo(Origin.LOCAL);
	}

	@Test
	void noAddressMeansNoRequest() {
		assertThat(Origin.of("")).isEqualTo(Origin.NONE);
	}

	@Test
	void ipv6AddressesTakeTheirShortForm() {
		assertThat(Origin.readable("2001:db8:0:0:0:0:0:1")).isEqualTo("2001:db8::1");
		assertThat(Origin.readable("2001:0DB8:0000:0001:0000:0000:0000:00FF")).isEqualTo("2001:db8:0:1::ff");
		assertThat(Origin.readable("fe80:0:0:1:0:0:0:1%eth0")).isEqualTo("fe80:0:0:1::1");
		assertThat(Origin.readable("2001:db8:1:2:3:4:5:6")).isEqualTo("2001:db8:1:2:3:4:5:6");
		assertThat(Origin.readable("0:0:0:0:0:0:0:0")).isEqualTo("::");
	}

	@Test
	void ipv4AddressesStayAsTheyAreEvenWhenMappedIntoIpv6() {
		assertThat(Origin.readable("192.0.2.10")).isEqualTo("192.0.2.10");
		assertThat(Origin.readable("0:0:0:0:0:ffff:192.0.2.10")).isEqualTo("192.0.2.10");
		assertThat(Origin.readable("::ffff:192.0.2.10")).isEqualTo("192.0.2.10");
		assertThat(Origin.of("::ffff:127.0.0.1")).isEqualTo(Origin.LOCAL);
	}

	@Test
	void anythingElseIsKeptAsWritten() {
		assertThat(Origin.readable("proxy.example")).isEqualTo("proxy.example");
	}
}
