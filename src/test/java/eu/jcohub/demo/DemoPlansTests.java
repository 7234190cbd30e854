package eu.jcohub.demo;

import static org.assertj.core.api.Assertions.assertThat;

import eu.jcohub.access.Role;
import eu.jcohub.operations.OperationPlan;
import eu.jcohub.operations.OperationType;
import eu.jcohub.operations.Phase;
import eu.jcohub.deconfliction.internal.ConflictScorer;
import eu.jcohub.deconfliction.internal.DeconflictionSettings;
import eu.jcohub.deconfliction.internal.IndexedOperation;
import eu.jcohub.deconfliction.internal.Vocabulary;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The demo plan, without Spring: dated from the first start, reproducible, valid, and with conflicts to show. */
class DemoPlansTests {

	private static final LocalDate TODAY = LocalDate.of(2027, 3, 10);
	private static final ReferenceCodes REFERENCE = ReferenceCodes.load();
	private final List<DemoOperation> demo = DemoPlans.generate(TODAY, new Random(DemoData.SEED));

	@Test
	void theSameDayAndSeedGiveTheSameDemo() {
		var again = DemoPlans.generate(TODAY, new Random(DemoData.SEED));
		assertThat(again.stream().map(DemoOperation::plan).toList())
			.isEqualTo(demo.stream().map(DemoOperation::plan).toList());
	}

	@Test
	void keepsToAFewHundredOperationsSoTheFirstStartStaysQuick() {
		assertThat(demo).hasSizeBetween(150, 300);
	}

	@Test
	void oneDanishOperationWithFinlandGermanyAndPolandRunsOnTheDayOfTheFirstStart() {
		var running = operation(DemoPlans.RUNNING_NOW);
		assertThat(running.plan().organiser()).isEqualTo("DK-CUSTOMS");
		assertThat(running.plan().participants()).contains("FI", "DE", "PL");
		assertThat(running.plan().phases()).anyMatch(phase -> phase.overlaps(new Phase(TODAY, TODAY)));
		assertThat(running.tabledBy()).isEqualTo(DemoAccounts.LEADER_DK);
		assertThat(running.roles()).containsKeys(DemoAccounts.LEADER_DK, DemoAccounts.OCU);
	}

	@Test
	void severalArePlannedAheadAndSeveralClosedInTheYearBefore() {
		long planned = demo.stream().filter(op -> op.plan().firstPhase().start().isAfter(TODAY)).count();
		long closed = demo.stream().filter(op -> op.plan().lastPhase().end().isBefore(TODAY)).count();
		assertThat(planned).isGreaterThanOrEqualTo(20);
		assertThat(closed).isGreaterThanOrEqualTo(50);
		assertThat(demo).allSatisfy(op -> {
			assertThat(op.plan().firstPhase().start()).isAfterOrEqualTo(TODAY.minusDays(DemoPlans.DAYS_BACK));
			assertThat(op.plan().lastPhase().end()).isBeforeOrEqualTo(TODAY.plusDays(DemoPlans.DAYS_AHEAD + 60));
		});
	}

	@Test
	void datesMoveWithTheDayOfTheFirstStart() {
		var later = DemoPlans.generate(TODAY.plusDays(400), new Random(DemoData.SEED));
		for (int i = 0; i < demo.size(); i++) {
			var shifted = demo.get(i).plan().phases().stream()
				.map(phase -> new Phase(phase.start().plusDays(400), phase.end().plusDays(400)))
				.toList();
			assertThat(later.get(i).plan().phases()).isEqualTo(shifted);
		}
	}

	@Test
	void coversEveryKindOfOperationWithRealisticPhases() {
		assertThat(demo.stream().map(op -> op.plan().type()).collect(Collectors.toSet()))
			.containsExactlyInAnyOrder(OperationType.values());
		assertThat(demo.stream().filter(op -> op.plan().type() == OperationType.JCO_FULL_SCALE)).hasSizeBetween(3, 7);
		assertThat(demo.stream().filter(op -> op.plan().phases().size() == 2)).hasSizeGreaterThanOrEqualTo(3);
		assertThat(demo.stream().map(op -> op.plan().organiser()).collect(Collectors.toSet()))
			.contains("CCWP", "FRONTEX", "WCO", "RILO-WE", "EUROPOL", "LEWP", "SELEC", "MAOC-N", "DK-CUSTOMS",
					"FI-CUSTOMS", "PL-CUSTOMS", "DE-CUSTOMS");
		assertThat(demo).allSatisfy(op -> assertThat(op.plan().phases())
			.allSatisfy(phase -> assertThat(phase.days()).isBetween(7L, 14L)));
	}

	@Test
	void namesAndExternalIdsAreUnique() {
		var names = demo.stream().map(op -> op.plan().name()).toList();
		assertThat(names).doesNotHaveDuplicates();
		var externalIds = demo.stream().filter(op -> op.plan().externalId() != null)
			.map(op -> op.plan().organiser() + "/" + op.plan().externalId()).toList();
		assertThat(externalIds).isNotEmpty().doesNotHaveDuplicates();
	}

	@Test
	void everyCodeIsInTheSeededReferenceData() {
		assertThat(demo).allSatisfy(op -> {
			var plan = op.plan();
			assertThat(REFERENCE.organisations()).contains(plan.organiser());
			assertThat(REFERENCE.countries()).containsAll(plan.countriesTakingPart());
			assertThat(REFERENCE.organisations()).containsAll(plan.partnerOrganisations());
			assertThat(REFERENCE.riskAreas()).containsAll(plan.riskAreas());
			assertThat(REFERENCE.modes()).containsAll(plan.transportModes());
			assertThat(plan.locations()).allMatch(code -> REFERENCE.locations().contains(code)
					|| REFERENCE.countries().contains(code));
			assertThat(plan.riskAreas()).isNotEmpty();
			if (plan.type() != OperationType.OTHER_BODY) {
				assertThat(plan.leadCountry()).isNotNull();
			}
		});
	}

	@Test
	void everyOperationIsTabledByADemoAccountThatMayTableIt() {
		var accounts = DemoAccounts.ALL.stream()
			.collect(Collectors.toMap(DemoAccount::username, account -> account));
		assertThat(demo).allSatisfy(op -> {
			var planner = accounts.get(op.tabledBy());
			assertThat(planner).isNotNull();
			assertThat(planner.role().mayTableOperations()).isTrue();
			assertThat(planner.role().coordinatesAll() || planner.organisation().equals(op.plan().organiser())).isTrue();
			assertThat(accounts.keySet()).containsAll(op.roles().keySet());
		});
	}

	@Test
	void thereIsADemoAccountForEveryRoleAndTheRequiredUsernames() {
		assertThat(DemoAccounts.ALL.stream().map(DemoAccount::role).collect(Collectors.toSet()))
			.containsExactlyInAnyOrder(Role.values());
		assertThat(DemoAccounts.ALL.stream().map(DemoAccount::username))
			.containsExactlyInAnyOrder("secretariat", "facilitator", "leader.dk", "coordinator.fi", "coordinator.de",
					"coordinator.pl", "coordinator.fr", "coordinator.gr", "ocu", "officer.fi", "officer.pl", "analyst", "observer.frontex",
					"observer.europol", "police.de", "prosecutor.pl", "admin");
		assertThat(DemoAccounts.ALL).allSatisfy(account ->
				assertThat(REFERENCE.organisations()).contains(account.organisation()));
	}

	@Test
	void theDeliberateOverlapsAreConflictsTheDeconflictionFlags() {
		var scorer = new ConflictScorer(DeconflictionSettings.defaults(), REFERENCE.vocabulary());
		assertThat(score(scorer, DemoPlans.RUNNING_NOW, "HARBOUR SWEEP")).isGreaterThanOrEqualTo(25);
		assertThat(score(scorer, DemoPlans.RUNNING_NOW, "Joint Operation BALTIC SENTINEL")).isGreaterThanOrEqualTo(25);
		assertThat(score(scorer, "EASTERN RAMPART", "AMBER CROSSING")).isGreaterThanOrEqualTo(25);
		assertThat(score(scorer, "EASTERN RAMPART", "EMPACT Joint Action Days EXCISE")).isGreaterThanOrEqualTo(25);
		assertThat(score(scorer, "NORTH SEA CURRENT", "COCAIR TIDE")).isGreaterThanOrEqualTo(25);
	}

	@Test
	void conflictsAreThereToShowWithoutDrowningTheCalendar() {
		var scorer = new ConflictScorer(DeconflictionSettings.defaults(), REFERENCE.vocabulary());
		var indexed = demo.stream().map(op -> index(op.plan())).toList();
		int pairs = 0;
		for (int i = 0; i < indexed.size(); i++) {
			for (int j = i + 1; j < indexed.size(); j++) {
				if (scorer.score(indexed.get(i), indexed.get(j)) >= 0) {
					pairs++;
				}
			}
		}
		assertThat(pairs).isBetween(20, 1500);
	}

	private double score(ConflictScorer scorer, String a, String b) {
		return scorer.score(index(operation(a).plan()), index(operation(b).plan()));
	}

	private IndexedOperation index(OperationPlan plan) {
		return IndexedOperation.of(new eu.jcohub.shared.OperationId(UUID.nameUUIDFromBytes(plan.name().getBytes(StandardCharsets.UTF_8))), 0, plan,
				REFERENCE.vocabulary());
	}

	private DemoOperation operation(String name) {
		return demo.stream().filter(op -> op.plan().name().equals(name)).findFirst().orElseThrow();
	}

	/** The codes seeded by the reference data migration, read from the migration itself. */
	private record ReferenceCodes(Map<String, List<String[]>> rows) {

		private static final Pattern TABLE = Pattern.compile("insert into (\\w+)");
		private static final Pattern FIELD = Pattern.compile("'((?:[^']|'')*)'|null");

		static ReferenceCodes load() {
			try (InputStream in = DemoPlansTests.class
				.getResourceAsStream("/db/migration/reference/V2_2__reference_data.sql")) {
				var rows = new HashMap<String, List<String[]>>();
				String table = null;
				for (var line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
					var insert = TABLE.matcher(line);
					if (insert.find()) {
						table = insert.group(1);
					}
					else if (table != null && line.startsWith("(")) {
						var fields = new ArrayList<String>();
						var field = FIELD.matcher(line);
						while (field.find()) {
							fields.add(field.group(1) == null ? null : field.group(1).replace("''", "'"));
						}
						rows.computeIfAbsent(table, key -> new ArrayList<>()).add(fields.toArray(String[]::new));
					}
				}
				return new ReferenceCodes(rows);
			}
			catch (IOException e) {
				throw new IllegalStateException(e);
			}
		}

		Set<String> codes(String table) {
			var codes = new HashSet<String>();
			rows.getOrDefault(table, List.of()).forEach(row -> codes.add(row[0]));
			return codes;
		}

		Set<String> countries() {
			return codes("countries");
		}

		Set<String> organisations() {
			return codes("organisations");
		}

		Set<String> riskAreas() {
			return codes("risk_areas");
		}

		Set<String> modes() {
			return codes("transport_modes");
		}

		Set<String> locations() {
			return codes("locations");
		}

		/** As the deconfliction builds it: risk areas and modes under their parents, locations under their country. */
		Vocabulary vocabulary() {
			var vocabulary = new Vocabulary();
			rows.get("countries").forEach(row -> vocabulary.define(row[0], row[1], null));
			rows.get("organisations").forEach(row -> vocabulary.define(row[0], row[1], null));
			rows.get("risk_areas").forEach(row -> vocabulary.define(row[0], row[1], row[2]));
			rows.get("transport_modes").forEach(row -> vocabulary.define(row[0], row[1], row[2]));
			rows.get("locations").forEach(row -> vocabulary.define(row[0], row[1], row[2]));
			return vocabulary;
		}
	}
}
