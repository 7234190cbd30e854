package eu.jcohub.demo;

import eu.jcohub.operations.OperationView;
import eu.jcohub.seizures.FieldReports;
import eu.jcohub.seizures.ReportDraft;
import eu.jcohub.seizures.RiskProfileDraft;
import eu.jcohub.seizures.RiskProfiles;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The first days of the running operation's first phase as the OCU sees them: its risk profiles, controls and
 * seizures reported by the Finnish and Polish officers (the same container in two of them), most validated, one
 * queried and one still waiting.
 */
@Component
class DemoFieldReports {

	private final RiskProfiles profiles;
	private final FieldReports reports;
	private final DemoUsers users;
	private final Clock clock;

	DemoFieldReports(RiskProfiles profiles, FieldReports reports, DemoUsers users, Clock clock) {
		this.profiles = profiles;
		this.reports = reports;
		this.users = users;
		this.clock = clock;
	}

	void load(OperationView running) {
		var id = running.id();
		var ferries = users.as(DemoAccounts.OCU, () -> profiles.create(id, new RiskProfileDraft(
				"Ro-ro trailers from Tallinn", "CIGARETTES", "MARITIME_RORO", "EE", "FI", List.of("240220"),
				"Trailers of hauliers registered in the last six months; tickets paid in cash the day before.")));
		var spirits = users.as(DemoAccounts.OCU, () -> profiles.create(id, new RiskProfileDraft(
				"Spirits on the Kiel ferries", "ALCOHOL", "MARITIME_RORO", "DE", "SE", List.of("2208"),
				"Vans declared empty on the return trip.")));
		var fi = "officer.fi";
		var pl = "officer.pl";
		var first = submit(fi, id, control("FIHEL", 40, "NOTHING_FOUND", ferries.profileId(), 90));
		var cigarettes = submit(fi, id, seizure("FIHEL", "CIGARETTES", "80000", "STICKS", "22400", "17900",
				"False floor of a refrigerated trailer", "EE", "FI", List.of("ABC-123"), ferries.profileId(),
				"80,000 cigarettes under the false floor of a refrigerated trailer from Tallinn.", 76));
		var gdansk = submit(pl, id, control("PLGDN", 12, "NOTHING_FOUND", null, 60));
		var spiritsSeized = submit(pl, id, seizure("PLGDN", "ALCOHOL", "300", "L", "6000", "4100",
				"Canisters behind pallets of mineral water", "DE", "PL", List.of("MSCU 123456-7"), spirits.profileId(),
				"300 litres of vodka in canisters behind pallets of mineral water.", 30));
		var helsinki = submit(fi, id, seizure("FIHEL", "CIGARETTES", "20000", "STICKS", "5600", "4500",
				"Inside the container's insulation", "EE", "FI", List.of("MSCU1234567"), null,
				"20,000 cigarettes inside the insulation of a reefer container.", 6));
		users.as(DemoAccounts.OCU, () -> {
			List.of(first, cigarettes, gdansk).forEach(reports::validate);
			return reports.query(spiritsSeized, "Was the container sealed when it left Kiel? Please give the seal number.");
		});
		// The last one waits for the OCU: the newcomer validates it.
		if (helsinki == null) {
			throw new IllegalStateException("the demo's last field report was not made");
		}
	}

	private UUID submit(String user, eu.jcohub.shared.OperationId id, ReportDraft draft) {
		return users.as(user, () -> reports.submit(id, UUID.randomUUID().toString(), draft).report().id());
	}

	private ReportDraft control(String location, int vehicles, String result, @Nullable UUID profile, int hoursAgo) {
		return new ReportDraft("CONTROL", null, ago(hoursAgo), location, "MARITIME_RORO", null, null, null, null, null,
				null, null, null, List.of(), profile == null ? null : profile.toString(), "VEHICLES", vehicles, result,
				null, null, null, null, null, null, null);
	}

	private ReportDraft seizure(String location, String goods, String quantity, String unit, String value,
			String duties, String concealment, String from, String to, List<String> identifiers,
			@Nullable UUID profile, String summary, int hoursAgo) {
		return new ReportDraft("SEIZURE", null, ago(hoursAgo), location, "MARITIME_RORO", goods,
				new BigDecimal(quantity), unit, new BigDecimal(value), new BigDecimal(duties), concealment, from, to,
				identifiers, profile == null ? null : profile.toString(), null, null, null, summary, null, null, null,
				null, null, null);
	}

	private String ago(int hours) {
		return Instant.now(clock).minus(Duration.ofHours(hours)).toString();
	}
}
