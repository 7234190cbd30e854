package eu.jcohub.demo;

import eu.jcohub.access.OperationRole;
import eu.jcohub.operations.Competence;
import eu.jcohub.operations.OperationPlan;
import eu.jcohub.operations.OperationType;
import eu.jcohub.operations.Phase;
import eu.jcohub.operations.PolicyDomain;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The demo's operations, generated from the day of the first start and a seeded random: the same day and
 * seed always give the same demo. Covers the year behind that day and the half year ahead: full-scale and
 * regional JCOs, national and joint police-customs operations, and those of other bodies. A few overlaps
 * are made on purpose so that deconfliction has something to show. All names and people are fictional.
 */
final class DemoPlans {

	/** The operation running on the day of the first start, led by {@code leader.dk}. */
	static final String RUNNING_NOW = "BALTIC GATE";
	/** A Danish proposal of the coming months that a newcomer takes into preparation. */
	static final String PROPOSED_NEXT = "BALTIC LANTERN";
	/** A split operation between its two phases on the day of the first start. */
	static final String BETWEEN_PHASES = "AMBER RELAY";
	/** The Polish split-phase operation ahead, in preparation with invitations accepted and declined. */
	static final String PREPARED_AHEAD = "EASTERN RAMPART";
	static final int DAYS_BACK = 365;
	static final int DAYS_AHEAD = 180;

	private static final List<String> EU = List.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE",
			"GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE");

	private static final List<Region> REGIONS = List.of(
			new Region("Baltic Sea", List.of("DK", "DE", "PL", "SE", "FI", "EE", "LV", "LT"),
					List.of("CIGARETTES", "ALCOHOL", "SYNTHETIC_DRUGS", "CANNABIS"),
					List.of("MARITIME_RORO", "ROAD", "MARITIME_CONTAINER"),
					List.of("DKAAR", "DKCPH", "DEKEL", "DERSK", "DELBC", "PLGDN", "PLGDY", "PLSWI", "SETRG", "SEGOT",
							"FIHEL", "FITKU", "EETLL", "EEMUG", "LVRIX", "LTKLJ")),
			new Region("Eastern land border", List.of("FI", "EE", "LV", "LT", "PL", "SK", "HU", "RO"),
					List.of("CIGARETTES", "RAW_TOBACCO", "FUEL", "DUAL_USE", "ALCOHOL"), List.of("ROAD", "RAIL"),
					List.of("BCP-FI-VAALIMAA", "BCP-EE-NARVA", "BCP-EE-KOIDULA", "BCP-LV-TEREHOVA",
							"BCP-LV-PATERNIEKI", "BCP-LT-MEDININKAI", "BCP-LT-KYBARTAI", "BCP-PL-TERESPOL",
							"BCP-PL-KUKURYKI-KOZOWICZY", "BCP-PL-DOROHUSK", "BCP-PL-MEDYKA", "BCP-SK-VYSNE-NEMECKE",
							"BCP-HU-ZAHONY", "BCP-RO-SIRET", "BCP-RO-ALBITA")),
			new Region("North Sea and Channel", List.of("NL", "BE", "DE", "FR", "DK", "IE"),
					List.of("COCAINE", "SYNTHETIC_DRUGS", "PRECURSORS", "COUNTERFEIT"),
					List.of("MARITIME_CONTAINER", "MARITIME_RORO", "AIR_CARGO"),
					List.of("NLRTM", "NLAMS", "BEANR", "BEZEE", "DEHAM", "DEBRV", "FRLEH", "FRDKK", "DKEBJ", "AMS",
							"LGG", "FRA")),
			new Region("Mediterranean", List.of("ES", "FR", "IT", "GR", "CY", "MT", "PT", "HR", "SI"),
					List.of("COCAINE", "CANNABIS", "CIGARETTES", "COUNTERFEIT", "CULTURAL_GOODS"),
					List.of("MARITIME_CONTAINER", "MARITIME_SMALL_VESSEL", "MARITIME_RORO"),
					List.of("ESALG", "ESVLC", "ESBCN", "FRMRS", "ITGIT", "ITGOA", "ITTRS", "GRPIR", "GRSKG", "CYLMS",
							"SIKOP", "HRRJK", "PTSIE", "PTLIS")),
			new Region("South-east land border", List.of("BG", "GR", "RO", "HR", "HU", "SI", "AT"),
					List.of("HEROIN", "CIGARETTES", "WEAPONS", "CASH"), List.of("ROAD", "RAIL"),
					List.of("BCP-BG-KAPITAN-ANDREEVO", "BCP-BG-LESOVO", "BCP-BG-KALOTINA", "BCP-GR-KIPOI",
							"BCP-GR-KASTANIES", "BCP-GR-EVZONI", "BCP-HR-BAJAKOVO", "BCP-HR-STARA-GRADISKA",
							"BCP-HU-ROSZKE", "BCP-RO-NAIDAS")),
			new Region("Air hubs", List.of("DE", "FR", "NL", "BE", "ES", "IT", "AT", "PL", "IE", "PT"),
					List.of("CASH", "COCAINE", "CITES", "COUNTERFEIT", "SYNTHETIC_DRUGS"),
					List.of("AIR_PASSENGER", "AIR_CARGO", "POSTAL"),
					List.of("FRA", "LEJ", "CDG", "AMS", "LGG", "BRU", "MAD", "FCO", "VIE", "WAW", "DUB", "LIS", "MUC")));

	/** Control locations of each member state: ports, airports and border crossing points. */
	private static final Map<String, List<String>> NATIONAL_LOCATIONS = Map.ofEntries(
			Map.entry("AT", List.of("VIE")), Map.entry("BE", List.of("BEANR", "BEZEE", "BRU", "LGG")),
			Map.entry("BG", List.of("BGVAR", "BGBOJ", "SOF", "BCP-BG-KAPITAN-ANDREEVO")),
			Map.entry("HR", List.of("HRRJK", "HRPLE", "ZAG", "BCP-HR-BAJAKOVO")),
			Map.entry("CY", List.of("CYLMS", "LCA")), Map.entry("CZ", List.of("PRG")),
			Map.entry("DK", List.of("DKAAR", "DKCPH", "DKEBJ", "CPH")),
			Map.entry("EE", List.of("EETLL", "EEMUG", "TLL", "BCP-EE-NARVA")),
			Map.entry("FI", List.of("FIHEL", "FIKTK", "HEL", "BCP-FI-VAALIMAA")),
			Map.entry("FR", List.of("FRLEH", "FRMRS", "FRDKK", "CDG")),
			Map.entry("DE", List.of("DEHAM", "DEBRV", "FRA", "LEJ")),
			Map.entry("GR", List.of("GRPIR", "GRSKG", "ATH", "BCP-GR-KIPOI")),
			Map.entry("HU", List.of("BUD", "BCP-HU-ZAHONY", "BCP-HU-ROSZKE")), Map.entry("IE", List.of("DUB")),
			Map.entry("IT", List.of("ITGIT", "ITGOA", "ITTRS", "MXP", "FCO")),
			Map.entry("LV", List.of("LVRIX", "LVVNT", "RIX", "BCP-LV-TEREHOVA")),
			Map.entry("LT", List.of("LTKLJ", "VNO", "BCP-LT-MEDININKAI")), Map.entry("LU", List.of("LUX")),
			Map.entry("MT", List.of("MLA")), Map.entry("NL", List.of("NLRTM", "NLAMS", "AMS")),
			Map.entry("PL", List.of("PLGDN", "PLGDY", "WAW", "BCP-PL-TERESPOL", "BCP-PL-DOROHUSK")),
			Map.entry("PT", List.of("PTSIE", "PTLEI", "LIS")), Map.entry("RO", List.of("ROCND", "OTP", "BCP-RO-SIRET")),
			Map.entry("SK", List.of("BTS", "BCP-SK-VYSNE-NEMECKE")), Map.entry("SI", List.of("SIKOP", "LJU")),
			Map.entry("ES", List.of("ESALG", "ESVLC", "MAD", "BCN")), Map.entry("SE", List.of("SEGOT", "SETRG", "ARN")));

	private static final List<String> NATIONAL_RISKS = List.of("CIGARETTES", "ALCOHOL", "FUEL", "COCAINE", "CANNABIS",
			"SYNTHETIC_DRUGS", "COUNTERFEIT", "CASH", "CITES", "REVENUE_FRAUD", "WEAPONS", "PRECURSORS");

	private static final List<String> ADJECTIVES = List.of("AMBER", "ARCTIC", "AZURE", "BLUE", "BOREAL", "BRIGHT",
			"CRIMSON", "DEEP", "EASTERN", "FROZEN", "GOLDEN", "GREY", "HIDDEN", "HIGH", "IRON", "LONG", "MIDNIGHT",
			"NORTHERN", "OPEN", "PALE", "QUIET", "RAPID", "SILENT", "SILVER", "SOUTHERN", "STEEL", "STILL", "SWIFT",
			"WESTERN", "WHITE");
	private static final List<String> NOUNS = List.of("ANCHOR", "ARROW", "BEACON", "BRIDGE", "CANAL", "COMPASS",
			"CROSSING", "DELTA", "DUNE", "FALCON", "FJORD", "GATE", "HARBOUR", "HORIZON", "ISLAND", "LANTERN",
			"LYNX", "MERIDIAN", "NET", "ORBIT", "PASS", "PILOT", "RAVEN", "REEF", "RIDGE", "SENTRY", "SHIELD",
			"TIDE", "TRAIL", "WATCH");
	private static final List<String> FULL_SCALE_NAMES = List.of("ARKTOS", "KASSANDRA", "PERSEUS", "HELIOS",
			"ORION", "TRITON", "AEGIS", "MINERVA");

	private final LocalDate today;
	private final Random random;
	private final Set<String> usedNames = new HashSet<>();
	private final List<DemoOperation> operations = new ArrayList<>();
	private int externalIds;

	private DemoPlans(LocalDate today, Random random) {
		this.today = today;
		this.random = random;
	}

	static List<DemoOperation> generate(LocalDate today, Random random) {
		var plans = new DemoPlans(today, random);
		plans.runningNowWithItsOverlaps();
		plans.plannedOverlaps();
		plans.closedOverlaps();
		plans.fullScale();
		plans.regional();
		plans.jointPoliceCustoms();
		plans.otherBodies();
		plans.national();
		plans.lifecycleStory();
		return List.copyOf(plans.operations);
	}

	// The deliberate part: what the demo script walks through.

	private void runningNowWithItsOverlaps() {
		usedNames.add(RUNNING_NOW);
		var running = new OperationPlan(RUNNING_NOW, OperationType.JCO_REGIONAL, "DK-CUSTOMS", "DK",
				Set.of("FI", "DE", "PL"), Set.of("OLAF", "DE-POLICE", "PL-PROSECUTION", "EUROPOL"), Competence.EXCLUSIVE_EU,
				PolicyDomain.FINANCIAL_INTERESTS,
				"Mette Jensen, DK Customs, +45 00 00 00 00 (fictional)", null, Set.of("CIGARETTES", "ALCOHOL"),
				Set.of("MARITIME_RORO", "ROAD"), Set.of("DKAAR", "DKCPH", "DEKEL", "DERSK", "PLGDN", "FIHEL"),
				// Two phases with a review between them: the OCU closes the first and opens the second in the demo.
				List.of(new Phase(today.minusDays(5), today.plusDays(3)), new Phase(today.plusDays(6), today.plusDays(12))),
				"Detect cigarettes and spirits smuggled on ro-ro ferry lines across the Baltic Sea; "
						+ "exchange risk information through the OCU in real time.");
		add(running, Map.of(DemoAccounts.LEADER_DK, OperationRole.LEADER, DemoAccounts.OCU,
				OperationRole.OCU_OPERATOR, DemoAccounts.ANALYST, OperationRole.ANALYST));
		// Same ferry ports, same goods, same days: deconfliction must flag both.
		add(national("FI", "HARBOUR SWEEP", Set.of("CIGARETTES"), Set.of("MARITIME_RORO"), Set.of("FIHEL"),
				List.of(new Phase(today.minusDays(2), today.plusDays(5)))));
		add(new OperationPlan("Joint Operation BALTIC SENTINEL", OperationType.OTHER_BODY, "FRONTEX", null,
				Set.of("PL", "LT", "DE"), Set.of(), Competence.SHARED, PolicyDomain.CRIME_PREVENTION,
				"FRONTEX situation centre (fictional)", externalId("FRONTEX"), Set.of("CIGARETTES", "WEAPONS"),
				Set.of("MARITIME_RORO"), Set.of("PLGDN", "DERSK"), List.of(new Phase(today, today.plusDays(13))),
				"Border surveillance of ferry and ro-ro traffic in the southern Baltic."));
	}

	private void plannedOverlaps() {
		var start = today.plusDays(40);
		usedNames.add("EASTERN RAMPART");
		add(new OperationPlan("EASTERN RAMPART", OperationType.JCO_REGIONAL, "PL-CUSTOMS", "PL",
				Set.of("LT", "LV", "EE", "FI", "DE"), Set.of("FRONTEX", "OLAF"), Competence.EXCLUSIVE_EU,
				PolicyDomain.FINANCIAL_INTERESTS, "Tomasz Nowak, PL Customs (fictional)", null,
				Set.of("CIGARETTES", "FUEL"), Set.of("ROAD", "RAIL"),
				Set.of("BCP-PL-TERESPOL", "BCP-PL-KUKURYKI-KOZOWICZY", "BCP-LT-MEDININKAI", "BCP-LV-TEREHOVA",
						"BCP-EE-NARVA"),
				List.of(new Phase(start, start.plusDays(9)), new Phase(start.plusDays(25), start.plusDays(34))),
				"Cigarettes and fuel smuggled across the eastern land border; two phases with a review in between."),
				Map.of("coordinator.pl", OperationRole.LEADER, DemoAccounts.OCU, OperationRole.OCU_OPERATOR));
		add(national("LT", "AMBER CROSSING", Set.of("CIGARETTES"), Set.of("ROAD"), Set.of("BCP-LT-MEDININKAI"),
				List.of(new Phase(start.plusDays(3), start.plusDays(12)))));
		add(new OperationPlan("EMPACT Joint Action Days EXCISE", OperationType.OTHER_BODY, "EUROPOL", null,
				Set.of("PL", "LT", "LV", "DE"), Set.of("DE-POLICE", "PL-POLICE"), Competence.SHARED,
				PolicyDomain.CRIME_PREVENTION, "Europol EMPACT support (fictional)", externalId("EUROPOL"),
				Set.of("CIGARETTES", "RAW_TOBACCO"), Set.of("ROAD"), Set.of("PL", "LT"),
				List.of(new Phase(start.plusDays(27), start.plusDays(33))),
				"Action days against illicit tobacco factories and their supply routes."));
	}

	private void closedOverlaps() {
		var start = today.minusDays(250);
		usedNames.add("NORTH SEA CURRENT");
		add(new OperationPlan("NORTH SEA CURRENT", OperationType.JCO_REGIONAL, "NL-CUSTOMS", "NL",
				Set.of("BE", "DE", "FR"), Set.of("EUROPOL"), Competence.SHARED, PolicyDomain.CRIME_PREVENTION,
				"NL Customs, national information centre (fictional)", null, Set.of("COCAINE"),
				Set.of("MARITIME_CONTAINER"), Set.of("NLRTM", "BEANR", "DEHAM"),
				List.of(new Phase(start, start.plusDays(13))), "Cocaine in reefer containers from South America."),
				Map.of());
		add(new OperationPlan("COCAIR TIDE", OperationType.OTHER_BODY, "RILO-WE", null, Set.of("NL", "BE", "ES", "PT"),
				Set.of("MAOC-N"), Competence.SHARED, PolicyDomain.CRIME_PREVENTION, "RILO Western Europe (fictional)",
				externalId("RILO-WE"), Set.of("COCAINE"), Set.of("MARITIME_CONTAINER", "AIR_CARGO"),
				Set.of("NLRTM", "BEANR", "ESALG"), List.of(new Phase(start.plusDays(4), start.plusDays(12))),
				"Targeting of cocaine consignments on the Atlantic routes."));
	}

	/**
	 * Operations the lifecycle story needs besides the running one: a Danish proposal for the newcomer to take into
	 * preparation, and a German split operation in its review break. Added last, so that the generated background
	 * stays the same.
	 */
	private void lifecycleStory() {
		usedNames.add(PROPOSED_NEXT);
		var next = today.plusDays(75);
		add(new OperationPlan(PROPOSED_NEXT, OperationType.JCO_REGIONAL, "DK-CUSTOMS", "DK", Set.of("FI", "DE", "PL"),
				Set.of("OLAF"), Competence.EXCLUSIVE_EU, PolicyDomain.FINANCIAL_INTERESTS,
				"Mette Jensen, DK Customs, +45 00 00 00 00 (fictional)", null, Set.of("CIGARETTES", "FUEL"),
				Set.of("MARITIME_RORO", "ROAD"), Set.of("DKAAR", "DEKEL", "PLGDN", "FIHEL"),
				List.of(new Phase(next, next.plusDays(9))),
				"Follow-up of BALTIC GATE: cigarettes and fuel on the ro-ro lines across the Baltic Sea."),
				Map.of(DemoAccounts.LEADER_DK, OperationRole.LEADER));
		usedNames.add(BETWEEN_PHASES);
		var first = today.minusDays(16);
		add(new OperationPlan(BETWEEN_PHASES, OperationType.JCO_REGIONAL, "DE-CUSTOMS", "DE", Set.of("PL", "CZ", "AT"),
				Set.of(), Competence.EXCLUSIVE_EU, PolicyDomain.CUSTOMS, "Katrin Schmidt, DE Customs (fictional)", null,
				Set.of("COUNTERFEIT"), Set.of("ROAD", "RAIL"), Set.of("LEJ", "PLGDN"),
				List.of(new Phase(first, first.plusDays(8)), new Phase(today.plusDays(8), today.plusDays(15))),
				"Counterfeit goods in road and rail freight from the east; the break reviews the first phase's hits."),
				Map.of());
	}

	// The generated part: a realistic background.

	private void fullScale() {
		// About four a year, each led by a different member state, all member states taking part.
		var start = today.minusDays(DAYS_BACK - 20);
		for (int i = 0; start.isBefore(today.plusDays(DAYS_AHEAD)); i++, start = start.plusDays(85 + random.nextInt(15))) {
			if (!start.minusDays(20).isAfter(today) && !start.plusDays(60).isBefore(today)) {
				continue; // keep the days around the running operation to the story above
			}
			var lead = pick(EU);
			var region = pick(REGIONS);
			var risks = some(region.riskAreas(), 2, 3);
			var participants = new LinkedHashSet<>(EU);
			participants.remove(lead);
			var name = FULL_SCALE_NAMES.get(i % FULL_SCALE_NAMES.size());
			usedNames.add(name);
			var modes = some(region.modes(), 1, 2);
			if (name.equals(DemoLibrary.STORY)) {
				// Its final report in the Library tells of lorries' tachographs and cigarettes: its plan says so too.
				risks.add("CIGARETTES");
				modes = Set.of("ROAD");
			}
			add(new OperationPlan(name, OperationType.JCO_FULL_SCALE, "CCWP", lead, participants,
					Set.of("OLAF", "FRONTEX", "EUROPOL"), competence(risks), domain(risks),
					"CCWP secretariat, JCO desk (fictional)", null, risks, modes,
					some(region.locations(), 3, 6), phases(start, random.nextInt(3) == 0),
					"Full-scale JCO of all member states on " + region.name().toLowerCase() + " routes."),
					Map.of(DemoAccounts.OCU, OperationRole.OCU_OPERATOR));
		}
	}

	private void regional() {
		for (int i = 0; i < 22; i++) {
			var region = pick(REGIONS);
			var lead = pick(region.countries());
			var participants = new LinkedHashSet<>(some(region.countries(), 3, 6));
			participants.remove(lead);
			var risks = some(region.riskAreas(), 1, 2);
			var start = randomStart();
			var organiser = lead + "-CUSTOMS";
			var roles = "DK".equals(lead) ? Map.of(DemoAccounts.LEADER_DK, OperationRole.LEADER) : Map.<String, OperationRole>of();
			add(new OperationPlan(freshName(), OperationType.JCO_REGIONAL, organiser, lead, participants,
					random.nextBoolean() ? Set.of("OLAF") : Set.of(), competence(risks), domain(risks),
					contactOf(lead), null, risks, some(region.modes(), 1, 2), locationsIn(region, participants, lead),
					phases(start, random.nextInt(4) == 0),
					"Regional JCO (" + region.name() + ") led by " + lead + "."), roles);
		}
	}

	private void jointPoliceCustoms() {
		var pairs = List.of(List.of("DE", "DE-POLICE"), List.of("PL", "PL-POLICE"), List.of("FI", "FI-POLICE"),
				List.of("DE", "DE-PROSECUTION"), List.of("PL", "PL-PROSECUTION"));
		for (int i = 0; i < 12; i++) {
			var pair = pick(pairs);
			var country = pair.get(0);
			var risks = some(List.of("SYNTHETIC_DRUGS", "COCAINE", "CASH", "WEAPONS", "PRECURSORS"), 1, 2);
			var partners = new LinkedHashSet<>(List.of(pair.get(1)));
			if (random.nextBoolean()) {
				partners.add("EUROPOL");
			}
			var participants = random.nextBoolean() ? Set.of("PL".equals(country) ? "DE" : "PL") : Set.<String>of();
			add(new OperationPlan(freshName(), OperationType.JOINT_POLICE_CUSTOMS, country + "-CUSTOMS", country,
					participants, partners, Competence.SHARED, PolicyDomain.CRIME_PREVENTION, contactOf(country), null,
					risks, some(List.of("ROAD", "POSTAL", "AIR_PASSENGER"), 1, 2),
					some(NATIONAL_LOCATIONS.get(country), 1, 2), List.of(phase(randomStart())),
					"Joint police-customs operation against organised crime groups."));
		}
	}

	private void otherBodies() {
		var bodies = List.of(
				new Body("FRONTEX", "Joint Operation", List.of(1, 4), 0),
				new Body("WCO", "Global operation", List.of(5), 3),
				new Body("RILO-WE", "RILO operation", List.of(2, 5), 2),
				new Body("RILO-ECE", "RILO operation", List.of(1, 4), 1),
				new Body("EUROPOL", "EMPACT Joint Action Days", List.of(0, 1, 2, 5), 3),
				new Body("LEWP", "Joint Police Operation", List.of(0, 4), 3),
				new Body("SELEC", "Regional operation", List.of(4), 1),
				new Body("MAOC-N", "Maritime operation", List.of(2, 3), 0),
				new Body("CECLAD-M", "Maritime operation", List.of(3), 0));
		for (var body : bodies) {
			for (int i = 0; i < 3 + random.nextInt(3); i++) {
				var region = REGIONS.get(pick(body.regions()));
				var risks = some(region.riskAreas(), 1, 2);
				var participants = some(region.countries(), 2, 4);
				if (body.extraCountries() > 0) {
					participants.addAll(some(EU, body.extraCountries(), body.extraCountries()));
				}
				add(new OperationPlan(body.prefix() + " " + freshName(), OperationType.OTHER_BODY, body.code(), null,
						participants, Set.of(), competence(risks), domain(risks), body.code() + " operations desk (fictional)",
						externalId(body.code()), risks, some(region.modes(), 1, 2), some(region.locations(), 2, 4),
						List.of(phase(randomStart())), "Operation of " + body.code() + ", tabled for coordination."));
			}
		}
	}

	private void national() {
		for (int i = 0; i < 120; i++) {
			var country = pick(EU);
			var locations = some(NATIONAL_LOCATIONS.get(country), 1, 2);
			add(national(country, freshName(), some(NATIONAL_RISKS, 1, 2), modesAt(locations), locations,
					List.of(phase(randomStart()))));
		}
	}

	// Building blocks.

	private OperationPlan national(String country, String name, Set<String> risks, Set<String> modes,
			Set<String> locations, List<Phase> phases) {
		usedNames.add(name);
		return new OperationPlan(name, OperationType.NATIONAL, country + "-CUSTOMS", country, Set.of(), Set.of(),
				competence(risks), domain(risks), contactOf(country), null, risks, modes, locations, phases,
				"National operation of " + country + " customs.");
	}

	private void add(OperationPlan plan) {
		add(plan, Map.of());
	}

	private void add(OperationPlan plan, Map<String, OperationRole> roles) {
		operations.add(new DemoOperation(plan, DemoAccounts.plannerFor(plan.organiser()), roles));
	}

	private LocalDate randomStart() {
		return today.minusDays(DAYS_BACK).plusDays(random.nextInt(DAYS_BACK + DAYS_AHEAD - 14));
	}

	private Phase phase(LocalDate start) {
		return new Phase(start, start.plusDays(6 + random.nextInt(8)));
	}

	/** One phase of 7 to 14 days, or two of 7 to 10 with a review break of two to four weeks. */
	private List<Phase> phases(LocalDate start, boolean split) {
		if (!split) {
			return List.of(phase(start));
		}
		var first = new Phase(start, start.plusDays(6 + random.nextInt(4)));
		var secondStart = first.end().plusDays(14 + random.nextInt(15));
		return List.of(first, new Phase(secondStart, secondStart.plusDays(6 + random.nextInt(4))));
	}

	private String freshName() {
		while (true) {
			var name = pick(ADJECTIVES) + " " + pick(NOUNS);
			if (usedNames.add(name)) {
				return name;
			}
		}
	}

	private String externalId(String organiser) {
		return organiser + "-" + today.getYear() + "-" + String.format("%03d", ++externalIds);
	}

	private Set<String> locationsIn(Region region, Set<String> participants, String lead) {
		var inCountries = region.locations().stream()
			.filter(code -> participants.contains(countryOf(code)) || lead.equals(countryOf(code)))
			.toList();
		return some(inCountries.isEmpty() ? region.locations() : inCountries, 2, 4);
	}

	private static String countryOf(String location) {
		if (location.startsWith("BCP-")) {
			return location.substring(4, 6);
		}
		if (location.length() == 5) {
			return location.substring(0, 2);
		}
		return NATIONAL_LOCATIONS.entrySet().stream()
			.filter(entry -> entry.getValue().contains(location))
			.map(Map.Entry::getKey)
			.findFirst()
			.orElse("");
	}

	private Set<String> modesAt(Set<String> locations) {
		var modes = new LinkedHashSet<String>();
		for (var location : locations) {
			if (location.startsWith("BCP-")) {
				modes.add(random.nextInt(4) == 0 ? "RAIL" : "ROAD");
			}
			else if (location.length() == 3) {
				modes.add(random.nextBoolean() ? "AIR_PASSENGER" : "AIR_CARGO");
			}
			else {
				modes.add(random.nextBoolean() ? "MARITIME_CONTAINER" : "MARITIME_RORO");
			}
		}
		return modes;
	}

	private static String contactOf(String country) {
		return country + " Customs, national contact point (fictional)";
	}

	/** Excise and revenue goods are the Union's own resources; drugs, weapons and cash are crime prevention. */
	private static PolicyDomain domain(Set<String> risks) {
		if (risks.stream().anyMatch(Set.of("CIGARETTES", "RAW_TOBACCO", "ALCOHOL", "FUEL", "REVENUE_FRAUD")::contains)) {
			return PolicyDomain.FINANCIAL_INTERESTS;
		}
		if (risks.stream().anyMatch(Set.of("COUNTERFEIT", "CITES", "CULTURAL_GOODS", "DUAL_USE")::contains)) {
			return PolicyDomain.CUSTOMS;
		}
		return PolicyDomain.CRIME_PREVENTION;
	}

	private static Competence competence(Set<String> risks) {
		return domain(risks) == PolicyDomain.CRIME_PREVENTION ? Competence.SHARED : Competence.EXCLUSIVE_EU;
	}

	private <T> T pick(List<T> items) {
		return items.get(random.nextInt(items.size()));
	}

	/** Between {@code min} and {@code max} distinct items, in a random but reproducible choice. */
	private Set<String> some(List<String> items, int min, int max) {
		int count = Math.min(items.size(), min + random.nextInt(max - min + 1));
		var shuffled = new ArrayList<>(items);
		java.util.Collections.shuffle(shuffled, random);
		return new LinkedHashSet<>(shuffled.subList(0, count));
	}

	private record Region(String name, List<String> countries, List<String> riskAreas, List<String> modes,
			List<String> locations) {
	}

	/** Another body, the word its operations are called by, the regions it works in, and EU states beyond. */
	private record Body(String code, String prefix, List<Integer> regions, int extraCountries) {
	}
}
