package eu.jcohub.exchange;

import eu.jcohub.reference.ReferenceData;
import java.time.ZoneId;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The time zone an organiser plans in, which decides on which day a timed event falls: its country's, and
 * Brussels time for the EU bodies and international organisations without one.
 */
@Component
class OrganiserZones {

	static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

	private static final Map<String, String> BY_COUNTRY = Map.ofEntries(Map.entry("AT", "Europe/Vienna"),
			Map.entry("BE", "Europe/Brussels"), Map.entry("BG", "Europe/Sofia"), Map.entry("HR", "Europe/Zagreb"),
			Map.entry("CY", "Asia/Nicosia"), Map.entry("CZ", "Europe/Prague"), Map.entry("DK", "Europe/Copenhagen"),
			Map.entry("EE", "Europe/Tallinn"), Map.entry("FI", "Europe/Helsinki"), Map.entry("FR", "Europe/Paris"),
			Map.entry("DE", "Europe/Berlin"), Map.entry("GR", "Europe/Athens"), Map.entry("HU", "Europe/Budapest"),
			Map.entry("IE", "Europe/Dublin"), Map.entry("IT", "Europe/Rome"), Map.entry("LV", "Europe/Riga"),
			Map.entry("LT", "Europe/Vilnius"), Map.entry("LU", "Europe/Luxembourg"), Map.entry("MT", "Europe/Malta"),
			Map.entry("NL", "Europe/Amsterdam"), Map.entry("PL", "Europe/Warsaw"), Map.entry("PT", "Europe/Lisbon"),
			Map.entry("RO", "Europe/Bucharest"), Map.entry("SK", "Europe/Bratislava"), Map.entry("SI", "Europe/Ljubljana"),
			Map.entry("ES", "Europe/Madrid"), Map.entry("SE", "Europe/Stockholm"), Map.entry("AL", "Europe/Tirane"),
			Map.entry("BA", "Europe/Sarajevo"), Map.entry("GE", "Asia/Tbilisi"), Map.entry("IS", "Atlantic/Reykjavik"),
			Map.entry("MD", "Europe/Chisinau"), Map.entry("ME", "Europe/Podgorica"), Map.entry("MK", "Europe/Skopje"),
			Map.entry("NO", "Europe/Oslo"), Map.entry("RS", "Europe/Belgrade"), Map.entry("CH", "Europe/Zurich"),
			Map.entry("TR", "Europe/Istanbul"), Map.entry("UA", "Europe/Kyiv"), Map.entry("GB", "Europe/London"),
			Map.entry("XK", "Europe/Belgrade"), Map.entry("LI", "Europe/Vaduz"));

	private final ReferenceData reference;

	OrganiserZones(ReferenceData reference) {
		this.reference = reference;
	}

	ZoneId of(String organiser) {
		return reference.organisation(organiser).flatMap(organisation -> organisation.countryCode())
			.map(country -> BY_COUNTRY.get(country))
			.map(ZoneId::of)
			.orElse(BRUSSELS);
	}
}
