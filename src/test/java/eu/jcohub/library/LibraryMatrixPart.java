package eu.jcohub.library;

import static eu.jcohub.support.matrix.MatrixScenario.LEADER;
import static eu.jcohub.support.matrix.MatrixScenario.SECRET;

import eu.jcohub.operations.Competence;
import eu.jcohub.operations.OperationPlan;
import eu.jcohub.operations.OperationRegister;
import eu.jcohub.operations.OperationType;
import eu.jcohub.operations.Phase;
import eu.jcohub.operations.PolicyDomain;
import eu.jcohub.shared.OperationId;
import eu.jcohub.support.TestAccounts;
import eu.jcohub.support.matrix.IsolationPart;
import eu.jcohub.support.matrix.IsolationScenario;
import eu.jcohub.support.matrix.MatrixPart;
import eu.jcohub.support.matrix.MatrixRequest;
import eu.jcohub.support.matrix.MatrixScenario;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Matrix: P, which ran last year, in the Library with document D (the secret in its text) and a lesson holding the
 * secret, both by P's Danish leader. Isolation: B's report (its name and text), lesson and tag hold secrets, searched
 * for by a participant of A; the secretariat adds them, as the scenario's B need not be German (the security headers
 * test reuses it with an operation of its own).
 */
class LibraryMatrixPart implements MatrixPart, IsolationPart {

	private static final String B_FILE = "ISOLIBFILESECRET.pdf";
	private static final String B_TEXT = "ISOLIBDOCSECRET";
	private static final String B_LESSON = "ISOLIBLESSONSECRET";
	private static final String B_TAG = "isolibtagsecret";

	@Override
	public int order() {
		return 20;
	}

	@Override
	public void prepare(MatrixScenario scenario) {
		var library = scenario.bean(Library.class);
		var p = OperationId.of(UUID.fromString(scenario.id("P")));
		scenario.name("D", scenario.as(LEADER, () -> library.upload(p, "M-report.pdf",
				TestDocuments.pdf("Final report " + SECRET))).id());
		scenario.as(LEADER, () -> library.learn(p, new LessonDraft(null, null, SECRET)));
	}

	@Override
	public Optional<MatrixRequest> request(String method, String pattern, MatrixScenario scenario,
			@Nullable String caller) {
		var p = scenario.id("P");
		int n = scenario.next();
		return Optional.ofNullable(switch (method + " " + pattern) {
			case "GET /api/library/{id}", "GET /library/{id}", "GET /library/{id}/documents/new",
					"GET /library/{id}/lessons/new", "GET /library/{id}/template" -> MatrixRequest.get(pattern.replace("{id}", p));
			case "GET /api/library/documents/{id}/file" -> MatrixRequest.get(pattern.replace("{id}", scenario.id("D")));
			case "GET /api/library/search" -> MatrixRequest.get("/api/library/search?q=report");
			case "POST /api/library/{id}/documents", "POST /library/{id}/documents" -> new MatrixRequest(
					pattern.replace("{id}", p), TestDocuments.multipartType(),
					TestDocuments.multipart("M-upload-" + n + ".pdf", TestDocuments.pdf("Upload " + n)));
			case "POST /api/library/{id}/lessons" -> MatrixRequest.json(pattern.replace("{id}", p),
					"{\"recommendation\":\"Lesson " + n + "\"}");
			case "POST /library/{id}/lessons" -> MatrixRequest.form(pattern.replace("{id}", p), "recommendation=Lesson+" + n);
			case "PUT /api/library/{id}/tags" -> MatrixRequest.json(pattern.replace("{id}", p), "{\"tags\":[\"matrix\"]}");
			case "POST /library/{id}/tags" -> MatrixRequest.form(pattern.replace("{id}", p), "tags=matrix");
			case "GET /library/{id}/documents/{document}/remove" ->
				MatrixRequest.get(pattern.replace("{id}", p).replace("{document}", scenario.id("D")));
			case "POST /library/{id}/documents/{document}/remove" ->
				MatrixRequest.form(pattern.replace("{id}", p).replace("{document}", fresh(scenario, p, n)), "");
			case "GET /library/{id}/lessons/{lesson}/remove" ->
				MatrixRequest.get(pattern.replace("{id}", p).replace("{lesson}", lessonToRemove(scenario, p, n, caller)));
			case "POST /library/{id}/lessons/{lesson}/remove" ->
				MatrixRequest.form(pattern.replace("{id}", p).replace("{lesson}", lessonToRemove(scenario, p, n, caller)), "");
			case "DELETE /api/library/lessons/{id}" ->
				MatrixRequest.get(pattern.replace("{id}", lessonToRemove(scenario, p, n, caller)));
			case "DELETE /api/library/documents/{id}" -> MatrixRequest.get(pattern.replace("{id}", fresh(scenario, p, n)));
			case "POST /library/{id}/template" -> MatrixRequest.form(pattern.replace("{id}", p), "name=M-TEMPLATE-" + n
					+ "&organiser=" + organisationOf(caller) + "&phase1Start=2066-01-01&phase1End=2066-01-05");
			default -> null;
		});
	}

	/**
	 * B's records are added by the secretariat, which may add to any operation's part of the Library. Where the
	 * scenario's B has not run (the page walk's B runs today), they go to a Danish operation with Finland of last
	 * year instead, so that the Library's pages still show records; their texts are no secrets then.
	 */
	@Override
	public void prepare(IsolationScenario scenario) {
		var library = scenario.bean(Library.class);
		var register = scenario.bean(OperationRegister.class);
		var accounts = scenario.bean(TestAccounts.class);
		var secretariat = accounts.secretariat();
		var b = OperationId.of(UUID.fromString(scenario.id("B")));
		boolean bHasRun = accounts.as(secretariat, () -> Library.hasRun(register.find(b), LocalDate.now()));
		var shelved = bHasRun ? b : accounts.as(secretariat, () -> register.table(lastYear(scenario.id("B.name")))).id();
		scenario.name("B.library", shelved.toString());
		var document = accounts.as(secretariat, () -> library.upload(shelved, B_FILE,
				TestDocuments.pdf("Final report of B. " + B_TEXT + " route.")));
		scenario.name("B.document", document.id().toString());
		var lesson = accounts.as(secretariat, () -> library.learn(shelved, new LessonDraft(null, null, B_LESSON)));
		scenario.name("B.lesson", lesson.id().toString());
		accounts.as(secretariat, () -> library.tag(shelved, List.of(B_TAG)));
		if (bHasRun) {
			List.of(B_FILE.replace(".pdf", ""), B_TEXT, B_LESSON, B_TAG).forEach(scenario::secret);
		}
	}

	private static OperationPlan lastYear(String name) {
		var start = LocalDate.now().minusYears(1);
		return new OperationPlan(name + " LAST YEAR", OperationType.JCO_REGIONAL, "DK-CUSTOMS", "DK", Set.of("FI"),
				Set.of(), Competence.EXCLUSIVE_EU, PolicyDomain.CUSTOMS, null, null, Set.of("CIGARETTES"), Set.of("ROAD"),
				Set.of(), List.of(new Phase(start, start.plusDays(9))), "Last year's operation, in the Library.");
	}

	@Override
	public Optional<String> path(String pattern, IsolationScenario scenario) {
		var secrets = "ISOLIBFILESECRET+or+" + B_TEXT + "+or+" + B_LESSON + "+or+" + B_TAG + "+or+ISO-OBJECTIVES-SECRET";
		if (pattern.equals("/library") || pattern.equals("/api/library/search")) {
			return Optional.of(pattern + "?q=" + secrets);
		}
		if (pattern.equals("/api/library/documents/{id}/file")) {
			return Optional.of(pattern.replace("{id}", scenario.id("B.document")));
		}
		if (pattern.startsWith("/library/{id}") || pattern.startsWith("/api/library/{id}")) {
			return Optional.of(pattern.replace("{id}", scenario.id("B.library"))
				.replace("{document}", scenario.id("B.document")).replace("{lesson}", scenario.id("B.lesson")));
		}
		return Optional.empty();
	}

	/** A document of P to remove, added by its leader for this one request: each caller removes their own. */
	private static String fresh(MatrixScenario scenario, String p, int n) {
		var library = scenario.bean(Library.class);
		return scenario.as(LEADER, () -> library.upload(OperationId.of(UUID.fromString(p)), "M-remove-" + n + ".pdf",
				TestDocuments.pdf("To remove " + n))).id().toString();
	}

	/** A lesson of P to remove: the caller's own where they write lessons of P, otherwise one of its leader. */
	private static String lessonToRemove(MatrixScenario scenario, String p, int n, @Nullable String caller) {
		var library = scenario.bean(Library.class);
		var id = OperationId.of(UUID.fromString(p));
		var draft = new LessonDraft(null, null, "To remove " + n);
		var author = caller != null && scenario.as(caller, () -> library.mayWriteLessons(id)) ? caller : LEADER;
		return scenario.as(author, () -> library.learn(id, draft)).id().toString();
	}

	/** The caller's own organisation: the one anyone who may table an operation may table it for. */
	private static String organisationOf(@Nullable String caller) {
		return MatrixScenario.USERS.values().stream().filter(user -> user[0].equals(caller)).map(user -> user[1])
			.findFirst().orElse("DK-CUSTOMS");
	}
}
