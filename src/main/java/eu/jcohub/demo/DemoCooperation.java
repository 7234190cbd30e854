package eu.jcohub.demo;

import eu.jcohub.cooperation.Article;
import eu.jcohub.cooperation.Authority;
import eu.jcohub.cooperation.CompetenceEntry;
import eu.jcohub.cooperation.Cooperation;
import eu.jcohub.cooperation.RequestChange;
import eu.jcohub.cooperation.RequestDraft;
import eu.jcohub.cooperation.RequestStatus;
import eu.jcohub.operations.OperationFilter;
import eu.jcohub.operations.OperationRegister;
import eu.jcohub.operations.OperationView;
import eu.jcohub.seizures.SeizureReports;
import eu.jcohub.shared.OperationId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The Naples II story: a competence matrix for the 27 member states, made up to look plausible and marked as
 * demonstration data (not legal advice), with some entries over a year old; on the running Danish JCO a controlled
 * delivery from Germany to Poland started from a seizure, involving the German police and the Polish prosecutor, and a
 * few answered requests of the past so that the statistics show use.
 */
@Component
class DemoCooperation {

	private static final List<String> EU = List.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE",
			"GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE");
	/** States whose customs investigate crime themselves (in this demonstration). */
	private static final Set<String> INVESTIGATING_CUSTOMS = Set.of("DE", "NL", "FR", "IT", "ES", "BE", "PL", "AT",
			"PT", "GR", "CZ", "SK", "HU", "FI", "LT", "LV", "SE", "IE", "DK", "RO");
	private static final Set<String> LAND_BORDER_GUARDS = Set.of("PL", "LT", "LV", "EE", "FI", "SI", "HR", "BG", "RO",
			"GR", "HU", "SK");
	/** Where an investigating judge, not a prosecutor, authorises the intrusive forms (in this demonstration). */
	private static final Set<String> JUDGE_DECIDES = Set.of("FR", "BE", "ES", "LU");
	private static final Map<String, String> HOT_PURSUIT = Map.ofEntries(
			Map.entry("DE", "Hot pursuit accepted without limit in distance or time; foreign officers may stop the person until German officers arrive."),
			Map.entry("PL", "Hot pursuit accepted up to 30 km from the border or for 30 minutes; foreign officers may not stop the person."),
			Map.entry("FR", "Hot pursuit accepted on land borders only, up to 10 km; no right to stop the person."),
			Map.entry("NL", "Hot pursuit accepted without limit in distance; foreign officers may stop the person."),
			Map.entry("BE", "Hot pursuit accepted without limit in distance or time; foreign officers may stop the person."),
			Map.entry("AT", "Hot pursuit accepted up to 25 km from the border."),
			Map.entry("FI", "Hot pursuit accepted on land borders only, for up to two hours."),
			Map.entry("SE", "Hot pursuit accepted on the Øresund bridge and land borders only."),
			Map.entry("DK", "Hot pursuit accepted on land only, up to 50 km from the border."),
			Map.entry("IE", "Hot pursuit is not accepted on Irish territory."),
			Map.entry("MT", "Hot pursuit is not accepted on Maltese territory."),
			Map.entry("CY", "Hot pursuit is not accepted on Cypriot territory."),
			Map.entry("LU", "Hot pursuit accepted without limit in distance or time."),
			Map.entry("HU", "Hot pursuit accepted up to 10 km from the border; no right to stop the person."),
			Map.entry("GR", "Hot pursuit accepted on land borders only, for up to 30 minutes."));
	private static final Map<String, String> COVERT = Map.of(
			"DE", "Covert investigators only for offences punishable by at least one year's imprisonment; for at most three months, renewable.",
			"PL", "Covert investigations only under the lead of a Polish officer.",
			"SE", "Covert investigations are not accepted under article 23.",
			"IE", "Covert investigations are not accepted under article 23.",
			"DK", "Covert investigations only by police officers, under Danish lead.");

	private final Cooperation cooperation;
	private final SeizureReports seizures;
	private final DemoUsers users;
	private final OperationRegister register;

	DemoCooperation(Cooperation cooperation, SeizureReports seizures, DemoUsers users, OperationRegister register) {
		this.register = register;
		this.cooperation = cooperation;
		this.seizures = seizures;
		this.users = users;
	}

	void load(OperationView running, LocalDate today) {
		cooperation.seedDemonstration(matrix(today));
		var baltic = running.id();
		var ferry = users.as("officer.fi", () -> seizures.ofOperation(baltic)).stream()
			.filter(report -> report.owner().equals("FI-CUSTOMS")).findFirst().orElseThrow();
		var start = running.plan().firstPhase().start();
		var delivery = users.as(DemoAccounts.OCU, () -> cooperation.file(baltic, new RequestDraft(22, "FI-CUSTOMS",
				"PL-CUSTOMS", List.of("PL-PROSECUTION"), ferry.id().toString(), start.plusDays(1),
				"The trailer is booked on to Gdańsk: let it travel on under watch to find the receiving company.")));
		users.as(DemoAccounts.OCU, () -> cooperation.change(delivery.id(),
				new RequestChange(RequestStatus.SENT, start.plusDays(1), null, null), null));
		var surveillance = users.as(DemoAccounts.OCU, () -> cooperation.file(baltic, new RequestDraft(21, "DE-CUSTOMS",
				"DK-CUSTOMS", List.of("DE-POLICE"), null, start.plusDays(2),
				"Watch the driver of a ro-ro unit from Kiel on Danish roads to the warehouse.")));
		step(surveillance.id(), RequestStatus.SENT, start.plusDays(2));
		step(surveillance.id(), RequestStatus.ACCEPTED, start.plusDays(3));
		named(DemoSeizures.CLOSED_LONG_AGO, LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31))
			.ifPresent(closed -> past(closed.id()));
		// A national operation is outside the JCOs: its requests count apart in the statistics.
		named("HARBOUR SWEEP", today.minusDays(10), today.plusDays(10)).ifPresent(sweep -> {
			var filed = users.as("coordinator.fi", () -> cooperation.file(sweep.id(), new RequestDraft(22, "FI-CUSTOMS",
					"EE-CUSTOMS", List.of(), null, today.minusDays(1), "Cigarettes for Tallinn: let the trailer travel on.")));
			users.as("coordinator.fi", () -> cooperation.change(filed.id(),
					new RequestChange(RequestStatus.SENT, today.minusDays(1), null, null), null));
		});
	}

	private java.util.Optional<OperationView> named(String name, LocalDate from, LocalDate to) {
		return users.as(DemoAccounts.SECRETARIAT, () -> register.list(OperationFilter.between(from, to))).stream()
			.filter(operation -> operation.plan().name().equals(name)).findFirst();
	}

	/** Requests of 2019, answered and closed, for the statistics. */
	private void past(OperationId operation) {
		var requests = List.of(new Object[] { 22, "DK-CUSTOMS", "SE-CUSTOMS", LocalDate.of(2019, 10, 3), 4, true },
				new Object[] { 21, "DK-CUSTOMS", "SE-CUSTOMS", LocalDate.of(2019, 10, 5), 1, true },
				new Object[] { 22, "FI-CUSTOMS", "DK-CUSTOMS", LocalDate.of(2019, 10, 6), 9, false },
				new Object[] { 24, "DK-CUSTOMS", "FI-CUSTOMS", LocalDate.of(2019, 10, 9), 21, true });
		for (var r : requests) {
			var sent = (LocalDate) r[3];
			var filed = users.as(DemoAccounts.LEADER_DK, () -> cooperation.file(operation,
					new RequestDraft((Integer) r[0], (String) r[1], (String) r[2], List.of(), null, sent, null)));
			step(filed.id(), RequestStatus.SENT, sent);
			var answered = sent.plusDays((Integer) r[4]);
			step(filed.id(), (Boolean) r[5] ? RequestStatus.ACCEPTED : RequestStatus.REFUSED, answered);
			if ((Boolean) r[5]) {
				step(filed.id(), RequestStatus.EXECUTED, answered.plusDays(2));
			}
			step(filed.id(), RequestStatus.CLOSED, answered.plusDays(10));
		}
	}

	private void step(java.util.UUID request, RequestStatus to, LocalDate on) {
		users.as(DemoAccounts.LEADER_DK, () -> cooperation.change(request, new RequestChange(to, on, null, null), null));
	}

	static List<CompetenceEntry> matrix(LocalDate today) {
		var entries = new ArrayList<CompetenceEntry>();
		for (int i = 0; i < EU.size(); i++) {
			var country = EU.get(i);
			for (var article : Article.values()) {
				entries.add(entry(country, article, confirmed(today, i, article)));
			}
		}
		return entries;
	}

	/** Most entries confirmed within the year; those of a few states are older and flagged. */
	private static LocalDate confirmed(LocalDate today, int state, Article article) {
		int days = (state * 37 + article.number() * 11) % 300 + 20;
		return state % 7 == 3 ? today.minusDays(400 + days) : today.minusDays(days);
	}

	private static CompetenceEntry entry(String country, Article article, LocalDate confirmed) {
		boolean customs = INVESTIGATING_CUSTOMS.contains(country);
		var judge = JUDGE_DECIDES.contains(country) ? Authority.INVESTIGATING_JUDGE : Authority.PROSECUTOR;
		var authorities = EnumSet.noneOf(Authority.class);
		Authority decidedBy = null;
		String declaration = null;
		switch (article) {
			case HOT_PURSUIT -> {
				authorities.add(Authority.CUSTOMS);
				authorities.add(Authority.POLICE);
				if (LAND_BORDER_GUARDS.contains(country)) {
					authorities.add(Authority.BORDER_GUARD);
				}
				declaration = HOT_PURSUIT.get(country);
			}
			case CROSS_BORDER_SURVEILLANCE -> {
				authorities.add(Authority.CUSTOMS);
				authorities.add(Authority.POLICE);
				decidedBy = customs ? null : judge;
			}
			case CONTROLLED_DELIVERY -> {
				if (customs) {
					authorities.add(Authority.CUSTOMS);
				}
				authorities.add(Authority.POLICE);
				if (LAND_BORDER_GUARDS.contains(country) && country.equals("PL")) {
					authorities.add(Authority.BORDER_GUARD);
				}
				decidedBy = country.equals("NL") ? null : judge;
				if (country.equals("MT")) {
					declaration = "Controlled deliveries only of drugs and weapons; other goods are seized at the border.";
				}
			}
			case COVERT_INVESTIGATION -> {
				if (customs && Set.of("DE", "NL", "FR", "IT", "ES", "PL").contains(country)) {
					authorities.add(Authority.CUSTOMS);
				}
				authorities.add(Authority.POLICE);
				decidedBy = judge;
				declaration = COVERT.get(country);
			}
			case JOINT_SPECIAL_INVESTIGATION_TEAM -> {
				if (customs) {
					authorities.add(Authority.CUSTOMS);
				}
				authorities.add(Authority.POLICE);
				authorities.add(Authority.PROSECUTOR);
				decidedBy = judge;
			}
		}
		var contact = "Naples II desk of the customs central coordinating unit, naples2@"
				+ country.toLowerCase(java.util.Locale.ROOT) + ".customs.example (fictional)";
		var basis = "Naples II Convention, art. " + article.number() + "; national "
				+ (decidedBy == null ? "customs code" : "code of criminal procedure") + " (demonstration summary)";
		return new CompetenceEntry(country, article, List.copyOf(authorities), decidedBy, declaration, contact, basis,
				confirmed, "demo", false, true);
	}
}
