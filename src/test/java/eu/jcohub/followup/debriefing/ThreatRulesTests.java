package eu.jcohub.followup.debriefing;

import static org.assertj.core.api.Assertions.assertThat;

import eu.jcohub.access.HandlingCode;
import eu.jcohub.followup.debriefing.ThreatAssessmentDraft.Dimension;
import eu.jcohub.followup.debriefing.ThreatAssessmentDraft.ReportLink;
import eu.jcohub.followup.debriefing.ThreatAssessmentDraft.Rule;
import eu.jcohub.followup.debriefing.ThreatAssessmentDraft.Suggestion;
import eu.jcohub.seizures.ControlResult;
import eu.jcohub.seizures.FieldReportView;
import eu.jcohub.seizures.ReportState;
import eu.jcohub.seizures.ReportType;
import eu.jcohub.seizures.RiskProfileView;
import eu.jcohub.seizures.Subject;
import eu.jcohub.shared.OperationId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The threat-assessment rules on constructed reports and profiles: what each rule suggests, and what it does not. */
class ThreatRulesTests {

	private static final OperationId OPERATION = OperationId.of(UUID.randomUUID());
	private static final ThreatRules.Names NAMES = new ThreatRules.Names() {
		public String country(String code) {
			return switch (code) {
				case "CN" -> "China";
				case "DK" -> "Denmark";
				case "TR" -> "Türkiye";
				default -> code;
			};
		}

		public String riskArea(String code) {
			return code.equals("CIGARETTES") ? "Cigarettes" : code;
		}

		public String transportMode(String code) {
			return code.equals("ROAD") ? "Road" : code;
		}

		public String location(String code) {
			return code;
		}
	};

	private final List<FieldReportView> reports = new ArrayList<>();
	private int number;

	@Test
	void hitsOnARouteNoProfileCoversSuggestANewProfileNamingTheRuleAndTheReports() {
		var a = seizure("CN", "DK", "False floor", null, "ROAD");
		var b = seizure("CN", "DK", "false   FLOOR", null, "ROAD");
		var c = seizure("CN", "DK", "Spare tyre", null, "MARITIME");
		control("CN", "DK", null, ControlResult.NOTHING_FOUND);

		var suggestion = only(rules(List.of()).suggestions(), Rule.UNCOVERED_ROUTE);

		assertThat(suggestion.key()).isEqualTo("UNCOVERED_ROUTE:CN-DK");
		assertThat(suggestion.ruleArguments()).containsExactly("3", "China → Denmark");
		assertThat(suggestion.reports()).extracting(ReportLink::id).containsExactly(a.id(), b.id(), c.id());
		assertThat(suggestion.changes()).isNull();
		var proposal = suggestion.proposal();
		assertThat(proposal.name()).isEqualTo("Cigarettes, China → Denmark");
		assertThat(proposal.riskArea()).isEqualTo("CIGARETTES");
		assertThat(proposal.transportMode()).as("the mode most hits came by").isEqualTo("ROAD");
		assertThat(proposal.routeFrom()).isEqualTo("CN");
		assertThat(proposal.routeTo()).isEqualTo("DK");
		assertThat(proposal.indicators()).as("a hiding place typed two ways is named once, as first typed")
			.isEqualTo("False floor; Spare tyre");
	}

	@Test
	void aRouteAProfileAlreadyNamesOrWithASingleHitIsNoPattern() {
		var covering = profile("Turkish route", null, "TR", null, 1, 1);
		seizure("TR", "DK", null, covering.profileId(), "ROAD");
		seizure("TR", "DK", null, covering.profileId(), "MARITIME");
		seizure("CN", "DK", null, null, "ROAD");

		assertThat(rules(List.of(covering)).suggestions()).extracting(Suggestion::rule)
			.doesNotContain(Rule.UNCOVERED_ROUTE);
	}

	@Test
	void aConcealmentFoundTwiceWithoutAProfileIsSuggestedWhateverItsLettersOrSpacing() {
		var profiled = profile("Profiled", null, null, null, 1, 1);
		var a = seizure(null, null, "Hollow pallet", null, "ROAD");
		var b = seizure(null, null, "  hollow   PALLET ", null, "ROAD");
		seizure(null, null, "Hollow pallet", profiled.profileId(), "ROAD");

		var suggestion = only(rules(List.of(profiled)).suggestions(), Rule.UNPROFILED_CONCEALMENT);

		assertThat(suggestion.key()).isEqualTo("UNPROFILED_CONCEALMENT:hollow pallet");
		assertThat(suggestion.ruleArguments()).containsExactly("2", "Hollow pallet");
		assertThat(suggestion.reports()).extracting(ReportLink::id).containsExactly(a.id(), b.id());
		assertThat(suggestion.proposal().indicators()).isEqualTo("Hollow pallet");
	}

	@Test
	void aProfileWithoutATransportModeWhoseHitsAllCameByOneIsSuggestedNarrowed() {
		var wide = profile("Wide profile", null, "TR", null, 1, 1);
		seizure("TR", null, null, wide.profileId(), "ROAD");
		control("TR", null, wide.profileId(), ControlResult.INFRINGEMENT, "ROAD");
		control("TR", null, wide.profileId(), ControlResult.NOTHING_FOUND, "MARITIME");

		var suggestion = only(rules(List.of(wide)).suggestions(), Rule.NARROW_PROFILE);

		assertThat(suggestion.changes()).isEqualTo("Wide profile");
		assertThat(suggestion.ruleArguments()).containsExactly("Wide profile", "2", "Road");
		assertThat(suggestion.proposal().transportMode()).isEqualTo("ROAD");
		assertThat(suggestion.proposal().routeFrom()).isEqualTo("TR");
	}

	@Test
	void profilesThatNeverHitAreListedWithThePhasesTheyRanInAndTheControlsTheySelected() {
		var silent1 = profile("Silent", null, null, null, 1, 1);
		var silent2 = profile("Silent", silent1.profileId(), null, null, 2, 2);
		var hitting = profile("Hitting", null, null, null, 1, 1);
		control(null, null, silent1.profileId(), ControlResult.NOTHING_FOUND);
		control(null, null, silent1.profileId(), ControlResult.NOTHING_FOUND);
		seizure(null, null, null, hitting.profileId(), "ROAD");

		var silent = rules(List.of(silent1, silent2, hitting)).silentProfiles();

		assertThat(silent).singleElement().satisfies(p -> {
			assertThat(p.name()).isEqualTo("Silent");
			assertThat(p.phases()).containsExactly(1, 2);
			assertThat(p.controls()).isEqualTo(2);
		});
	}

	@Test
	void rankingsPutTheHighestHitRateFirstAndLeaveOutWhatNeverHit() {
		seizure("CN", "DK", null, null, "ROAD");
		control("CN", "DK", null, ControlResult.NOTHING_FOUND);
		seizure("TR", "DK", null, null, "MARITIME");
		control("PK", "DK", null, ControlResult.NOTHING_FOUND);

		var routes = rules(List.of()).rankings().stream().filter(r -> r.dimension() == Dimension.ROUTE).findFirst()
			.orElseThrow();

		assertThat(routes.lines()).extracting(l -> l.label() + " " + l.hits() + "/" + l.reports() + " " + l.hitRatePercent())
			.containsExactly("Türkiye → Denmark 1/1 100", "China → Denmark 1/2 50");
	}

	private ThreatRules rules(List<RiskProfileView> versions) {
		return new ThreatRules(reports, versions, NAMES);
	}

	private static Suggestion only(List<Suggestion> suggestions, Rule rule) {
		return suggestions.stream().filter(s -> s.rule() == rule).reduce((a, b) -> {
			throw new AssertionError("more than one suggestion by " + rule);
		}).orElseThrow(() -> new AssertionError("no suggestion by " + rule + " in " + suggestions));
	}

	private FieldReportView seizure(@Nullable String from, @Nullable String to, @Nullable String concealment,
			@Nullable UUID profile, String mode) {
		return report(ReportType.SEIZURE, from, to, concealment, profile, null, mode);
	}

	private FieldReportView control(@Nullable String from, @Nullable String to, @Nullable UUID profile,
			ControlResult result) {
		return control(from, to, profile, result, "ROAD");
	}

	private FieldReportView control(@Nullable String from, @Nullable String to, @Nullable UUID profile,
			ControlResult result, String mode) {
		return report(ReportType.CONTROL, from, to, null, profile, result, mode);
	}

	private FieldReportView report(ReportType type, @Nullable String from, @Nullable String to,
			@Nullable String concealment, @Nullable UUID profile, @Nullable ControlResult result, String mode) {
		var report = new FieldReportView(UUID.randomUUID(), OPERATION, "R-" + (++number), type, ReportState.VALIDATED, 1,
				false, Instant.parse("2026-03-01T10:00:00Z").plusSeconds(number), "DK-CUSTOMS", "DKAAR", null, mode,
				"CIGARETTES", type == ReportType.SEIZURE ? new BigDecimal("1000") : null, "sticks", null, null,
				concealment, from, to, List.of(), profile, null, type == ReportType.CONTROL ? 1 : 0, result, null, null,
				null, null, "officer", Instant.now(), HandlingCode.PARTICIPANTS, Subject.NONE, false, 0, false, false,
				false);
		reports.add(report);
		return report;
	}

	private static RiskProfileView profile(String name, @Nullable UUID profileId, @Nullable String from,
			@Nullable String mode, int version, int phase) {
		return new RiskProfileView(UUID.randomUUID(), profileId == null ? UUID.randomUUID() : profileId, version, phase,
				name, "CIGARETTES", mode, from, null, List.of(), null, "DK-CUSTOMS", "leader", Instant.now());
	}
}
