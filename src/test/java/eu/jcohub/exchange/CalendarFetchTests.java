package eu.jcohub.exchange;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** No server-side request forgery: the addresses a subscription may never reach unless configured. */
class CalendarFetchTests {

	private final CalendarFetch guarded = new CalendarFetch("", false);

	@Test
	void thisMachinePrivateNetworksAndLinkLocalAddressesAreRefusedInWords() {
		assertThatThrownBy(() -> guarded.check("http://127.0.0.1:8080/calendar.ics")).hasMessageContaining("this machine");
		assertThatThrownBy(() -> guarded.check("http://localhost/calendar.ics")).hasMessageContaining("this machine");
		assertThatThrownBy(() -> guarded.check("http://10.1.2.3/calendar.ics")).hasMessageContaining("private or link-local");
		assertThatThrownBy(() -> guarded.check("http://192.168.1.10/calendar.ics")).hasMessageContaining("private");
		assertThatThrownBy(() -> guarded.check("http://169.254.169.254/latest/meta-data/"))
			.hasMessageContaining("link-local");
		assertThatThrownBy(() -> guarded.check("http://[fd00::1]/calendar.ics")).hasMessageContaining("private");
		assertThatThrownBy(() -> guarded.check("http://[::1]/calendar.ics")).hasMessageContaining("this machine");
	}

	@Test
	void onlyWebAddressesWithoutCredentialsInThemAreAccepted() {
		assertThatThrownBy(() -> guarded.check("file:///etc/passwd")).hasMessageContaining("not an http or https address");
		assertThatThrownBy(() -> guarded.check("ftp://example.org/x.ics")).hasMessageContaining("not an http or https");
		assertThatThrownBy(() -> guarded.check("https://user:pw@example.org/x.ics"))
			.hasMessageContaining("basic credentials");
		assertThatThrownBy(() -> guarded.check("http://no-such-host.invalid/x.ics")).hasMessageContaining("unknown");
	}

	@Test
	void configurationMayAllowPrivateNetworksWithoutAllowingThisMachine() {
		var privateAllowed = new CalendarFetch("private", false);
		privateAllowed.check("http://10.1.2.3/calendar.ics");
		assertThatThrownBy(() -> privateAllowed.check("http://127.0.0.1/calendar.ics")).hasMessageContaining("this machine");
	}
}
