package eu.jcohub.followup.debriefing.web;

import eu.jcohub.followup.FollowupWords;
import eu.jcohub.followup.debriefing.AssessmentDraft;
import eu.jcohub.followup.debriefing.CaseStudies;
import eu.jcohub.followup.debriefing.CaseStudy;
import eu.jcohub.followup.debriefing.ObjectiveEvaluation;
import eu.jcohub.followup.debriefing.ObjectiveEvaluations;
import eu.jcohub.followup.debriefing.SuggestionEdit;
import eu.jcohub.followup.debriefing.ThreatAssessmentDraft;
import eu.jcohub.followup.debriefing.ThreatAssessments;
import eu.jcohub.followup.pack.DebriefingPacks;
import eu.jcohub.followup.pack.PackDocx;
import eu.jcohub.followup.pack.PackPdf;
import eu.jcohub.reference.ReferenceData;
import eu.jcohub.seizures.RiskProfileView;
import eu.jcohub.shared.OperationId;
import eu.jcohub.shared.web.Dates;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Debriefing", description = "An operation's objectives evaluated, its threat-assessment draft, its case studies and its debriefing pack")
class DebriefingApi {

	static final MediaType DOCX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
	private final ObjectiveEvaluations evaluations;
	private final ThreatAssessments threats;
	private final CaseStudies caseStudies;
	private final DebriefingPacks packs;
	private final FollowupWords words;
	private final Dates dates;
	private final ReferenceData reference;

	DebriefingApi(ObjectiveEvaluations evaluations, ThreatAssessments threats, CaseStudies caseStudies,
			DebriefingPacks packs, FollowupWords words, Dates dates, ReferenceData reference) {
		this.reference = reference;
		this.evaluations = evaluations;
		this.threats = threats;
		this.caseStudies = caseStudies;
		this.packs = packs;
		this.words = words;
		this.dates = dates;
	}

	@GetMapping("/api/operations/{id}/objectives/evaluation")
	@Operation(summary = "Each objective set at planning with its target, what the validated reports achieved and whether it was met",
			description = "Objectives assessed by hand carry the assessment recorded at the debriefing, with its author and date")
	List<ObjectiveEvaluation> evaluation(@PathVariable UUID id) {
		return evaluations.of(OperationId.of(id));
	}

	@PostMapping("/api/operations/{id}/objectives/assessments")
	@Operation(summary = "Record the assessment of an objective measured by hand",
			description = "'objective' is its position in the list, from 0; 'verdict' one of MET, PARTLY_MET, NOT_MET; 'text' what it rests on")
	ObjectiveEvaluation assess(@PathVariable UUID id, @RequestBody AssessmentDraft draft) {
		return evaluations.assess(OperationId.of(id), draft);
	}

	@GetMapping("/api/operations/{id}/threat-assessment-draft")
	@Operation(summary = "The threat-assessment draft generated from the validated reports, with the analyst's edits")
	ThreatAssessmentDraft threatAssessment(@PathVariable UUID id) {
		return threats.draft(OperationId.of(id));
	}

	@io.swagger.v3.oas.annotations.media.Schema(name = "DebriefingAnalysis")
	record Analysis(@Nullable String analysis) {
	}

	@PutMapping("/api/operations/{id}/threat-assessment-draft/analysis")
	@Operation(summary = "Save the analyst's text of the draft")
	ThreatAssessmentDraft analysis(@PathVariable UUID id, @RequestBody Analysis analysis) {
		threats.writeAnalysis(OperationId.of(id), analysis.analysis());
		return threats.draft(OperationId.of(id));
	}

	@PutMapping("/api/operations/{id}/threat-assessment-draft/suggestions/{key}")
	@Operation(summary = "Keep the analyst's version of a suggested profile, or dismiss it",
			description = "'dismissed': true leaves it out of the draft; the version is kept when the draft is generated again")
	ThreatAssessmentDraft.Suggestion edit(@PathVariable UUID id, @PathVariable String key,
			@RequestBody SuggestionEdit edit) {
		checkKey(key);
		return threats.edit(OperationId.of(id), key, edit);
	}

	@DeleteMapping("/api/operations/{id}/threat-assessment-draft/suggestions/{key}")
	@Operation(summary = "Forget the analyst's version of a suggestion: it shows as generated again")
	ResponseEntity<Void> restore(@PathVariable UUID id, @PathVariable String key) {
		checkKey(key);
		threats.restore(OperationId.of(id), key);
		return ResponseEntity.noContent().build();
	}

	@io.swagger.v3.oas.annotations.media.Schema(name = "DebriefingCopy")
	record Copy(@Nullable UUID to, @Nullable List<String> keys) {
	}

	@PostMapping("/api/operations/{id}/threat-assessment-draft/copy")
	@Operation(summary = "Create the chosen suggestions as risk profiles of a later operation whose profiles you keep")
	ResponseEntity<List<RiskProfileView>> copy(@PathVariable UUID id, @RequestBody Copy copy) {
		return ResponseEntity.status(201).body(threats.copy(OperationId.of(id), copy.keys(), copy.to()));
	}

	@GetMapping("/api/operations/{id}/threat-assessment-draft.pdf")
	@Operation(summary = "The threat-assessment draft as PDF")
	ResponseEntity<byte[]> threatAssessmentPdf(@PathVariable UUID id) {
		var document = packs.document(OperationId.of(id), "ta.kind",
				ThreatAssessmentDocument.chapters(threats.draft(OperationId.of(id)), words, dates, reference));
		return file(PackPdf.render(document), MediaType.APPLICATION_PDF, "threat-assessment-draft.pdf");
	}

	@GetMapping("/api/operations/{id}/threat-assessment-draft.docx")
	@Operation(summary = "The threat-assessment draft as DOCX, to edit")
	ResponseEntity<byte[]> threatAssessmentDocx(@PathVariable UUID id) {
		var document = packs.document(OperationId.of(id), "ta.kind",
				ThreatAssessmentDocument.chapters(threats.draft(OperationId.of(id)), words, dates, reference));
		return file(PackDocx.render(document), DOCX, "threat-assessment-draft.docx");
	}

	@GetMapping("/api/operations/{id}/case-studies")
	@Operation(summary = "The reports picked as the debriefing's workshop case studies")
	List<CaseStudy> caseStudies(@PathVariable UUID id) {
		return caseStudies.of(OperationId.of(id));
	}

	@io.swagger.v3.oas.annotations.media.Schema(name = "DebriefingPick")
	record Pick(@Nullable UUID reportId, @Nullable String note) {
	}

	@PostMapping("/api/operations/{id}/case-studies")
	@Operation(summary = "Pick a validated report of the operation as a workshop case study, with why")
	ResponseEntity<CaseStudy> pick(@PathVariable UUID id, @RequestBody Pick pick) {
		return ResponseEntity.status(201).body(caseStudies.pick(OperationId.of(id), pick.reportId(), pick.note()));
	}

	@DeleteMapping("/api/operations/{id}/case-studies/{reportId}")
	@Operation(summary = "Take a report off the case studies")
	ResponseEntity<Void> unpick(@PathVariable UUID id, @PathVariable UUID reportId) {
		caseStudies.unpick(OperationId.of(id), reportId);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/api/operations/{id}/debriefing-pack.pdf")
	@Operation(summary = "The debriefing pack as PDF, marked with the operation's handling code on every page")
	ResponseEntity<byte[]> packPdf(@PathVariable UUID id) {
		return file(PackPdf.render(packs.pack(OperationId.of(id))), MediaType.APPLICATION_PDF, "debriefing-pack.pdf");
	}

	@GetMapping("/api/operations/{id}/debriefing-pack.docx")
	@Operation(summary = "The debriefing pack as DOCX, for the participants to edit")
	ResponseEntity<byte[]> packDocx(@PathVariable UUID id) {
		return file(PackDocx.render(packs.pack(OperationId.of(id))), DOCX, "debriefing-pack.docx");
	}

	/** A suggestion's key is its rule and what the rule found: anything else names no suggestion. */
	private static void checkKey(String key) {
		if (key.length() > 300 || !key.matches("(UNCOVERED_ROUTE|UNPROFILED_CONCEALMENT|NARROW_PROFILE):.+")) {
			throw eu.jcohub.shared.InvalidInput.of("key", "no such suggestion in the draft");
		}
	}

	static ResponseEntity<byte[]> file(byte[] bytes, MediaType type, String name) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(bytes);
	}
}
