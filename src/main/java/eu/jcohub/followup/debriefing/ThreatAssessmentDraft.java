package eu.jcohub.followup.debriefing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The threat-assessment draft of an operation: generated from its validated reports each time it is read, with
 * the analyst's edits laid over it (their analysis text, and the suggestions they changed or dismissed), so that
 * a later report changes the figures and keeps the edits.
 *
 * @param reports the validated reports the analysis is made of (those the reader may see)
 * @param hits those of them that found an infringement
 * @param rankings the routes, concealment methods, transport modes and places, by hit rate
 * @param profiles how many risk profiles the operation had
 * @param silentProfiles the risk profiles that selected controls and never hit
 * @param analysis the analyst's text, empty until written
 */
public record ThreatAssessmentDraft(Instant generatedAt, long reports, long hits, long profiles, List<Ranking> rankings,
		List<SilentProfile> silentProfiles, List<Suggestion> suggestions, String analysis,
		@Nullable String analysisBy, @Nullable Instant analysisAt) {

	public ThreatAssessmentDraft {
		rankings = List.copyOf(rankings);
		silentProfiles = List.copyOf(silentProfiles);
		suggestions = List.copyOf(suggestions);
	}

	/** What a ranking groups the reports by. */
	@io.swagger.v3.oas.annotations.media.Schema(name = "ThreatAssessmentDimension")
	public enum Dimension {
		ROUTE, CONCEALMENT, TRANSPORT_MODE, LOCATION
	}

	@io.swagger.v3.oas.annotations.media.Schema(name = "ThreatAssessmentRanking")
	public record Ranking(Dimension dimension, List<Line> lines) {

		public Ranking {
			lines = List.copyOf(lines);
		}
	}

	/**
	 * @param hitRatePercent hits of the reports, in per cent
	 */
	@io.swagger.v3.oas.annotations.media.Schema(name = "ThreatAssessmentLine")
	public record Line(String code, String label, long reports, long hits, int hitRatePercent) {
	}

	/** A profile of the operation that never hit: the phases it ran in and the controls it selected. */
	@io.swagger.v3.oas.annotations.media.Schema(name = "ThreatAssessmentSilentProfile")
	public record SilentProfile(UUID profileId, String name, String riskArea, List<Integer> phases, long controls) {

		public SilentProfile {
			phases = List.copyOf(phases);
		}
	}

	/** What produced a suggestion, said in words ({@code followup.ta.rule.<rule>}). */
	@io.swagger.v3.oas.annotations.media.Schema(name = "ThreatAssessmentRule")
	public enum Rule {
		/** Hits on a route no profile of the operation covered. */
		UNCOVERED_ROUTE,
		/** Hits with one concealment method found without any profile. */
		UNPROFILED_CONCEALMENT,
		/** A profile without a transport mode whose hits all came in one. */
		NARROW_PROFILE
	}

	/**
	 * A new or changed risk profile for the next operation.
	 *
	 * @param key the rule and what it found ({@code UNCOVERED_ROUTE:CN-DK}), the same each time the draft is made
	 * @param ruleArguments what the rule's words are filled with
	 * @param changes the profile a change is made to, by name; null for a new profile
	 * @param edited by whom the analyst's version was made, or null for the suggestion as generated
	 */
	@io.swagger.v3.oas.annotations.media.Schema(name = "ThreatAssessmentSuggestion")
	public record Suggestion(String key, Rule rule, List<String> ruleArguments, Proposal proposal,
			@Nullable String changes, List<ReportLink> reports, @Nullable String edited) {

		public Suggestion {
			ruleArguments = List.copyOf(ruleArguments);
			reports = List.copyOf(reports);
		}

		Suggestion editedAs(Proposal edit, String by) {
			return new Suggestion(key, rule, ruleArguments, edit, changes, reports, by);
		}
	}

	/** The targeting criteria suggested, as a risk profile takes them. */
	@io.swagger.v3.oas.annotations.media.Schema(name = "ThreatAssessmentProposal")
	public record Proposal(String name, String riskArea, @Nullable String transportMode, @Nullable String routeFrom,
			@Nullable String routeTo, @Nullable String indicators) {
	}

	/** A report a suggestion rests on, to open it. */
	@io.swagger.v3.oas.annotations.media.Schema(name = "ThreatAssessmentReportLink")
	public record ReportLink(UUID id, String reference) {
	}
}
