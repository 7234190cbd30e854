package eu.jcohub.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

class PublicAddressTests {

	@AfterEach
	void noRequest() {
		RequestContextHolder.resetRequestAttributes();
	}

	@Test
	void theConfiguredAddressIsUsedWhateverHostTheRequestNames() {
		serving("evil.example");
		var address = new PublicAddress("https://jcohub.example.eu/", false);
		assertThat(address.link("/api/calendar.ics?token=x")).isEqualTo("https://jcohub.example.eu/api/calendar.ics?token=x");
		assertThat(new PublicAddress("https://jcohub.example.eu", true).link("/x")).isEqualTo("https://jcohub.example.eu/x");
	}

	@Test
	void withoutOneOutsideTheDemoTheServersOwnAddressIsUsedNeverTheHostHeader() {
		serving("evil.example");
		assertThat(new PublicAddress("", false).link("/x")).isEqualTo("http://10.1.2.3:8443/x");
	}

	@Test
	void withoutOneInTheDemoTheAddressTheBrowserUsedIsUsed() {
		serving("laptop.local");
		assertThat(new PublicAddress("", true).link("/x")).isEqualTo("http://laptop.local/x");
	}

	@Test
	void anAddressThatIsNoPlainHttpAddressStopsTheStart() {
		for (var wrong : new String[] { "jcohub.example.eu", "ftp://jcohub.example.eu", "https://x.example/?a=b",
				"https://x.example/#f", "javascript:alert(1)" }) {
			assertThatThrownBy(() -> new PublicAddress(wrong, false)).as(wrong).isInstanceOf(IllegalStateException.class);
		}
	}

	private static void serving(String host) {
		var request = new MockHttpServletRequest("GET", "/exchange/feed-token");
		request.setServerName(host);
		request.setServerPort(80);
		request.setLocalAddr("10.1.2.3");
		request.setLocalPort(8443);
		request.addHeader("Host", host);
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
	}
}
