package eu.jcohub.library;

import static eu.jcohub.library.LibraryFixture.COORDINATOR;
import static eu.jcohub.library.LibraryFixture.LEADER;
import static eu.jcohub.library.LibraryFixture.OFFICER;
import static eu.jcohub.library.LibraryFixture.OTHER_LEADER;
import static eu.jcohub.library.LibraryFixture.OUTSIDER;
import static org.assertj.core.api.Assertions.assertThat;

import eu.jcohub.access.Role;
import eu.jcohub.operations.OperationRegister;
import eu.jcohub.operations.OperationTabled;
import eu.jcohub.operations.Phase;
import eu.jcohub.shared.OperationId;
import eu.jcohub.support.Api;
import eu.jcohub.support.FormSession;
import eu.jcohub.support.IntegrationTest;
import eu.jcohub.support.TestAccounts;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * An operation's entry in the Library: lessons and tags, who adds and removes them, the forms that keep what was typed, the
 * operation page's pointer to it, and "use as template", which makes a draft with the past one's structure and the
 * dates the user sets.
 */
@IntegrationTest
@RecordApplicationEvents
class LibraryEntryTests {

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	OperationRegister register;

	@Autowired
	Library library;

	@Autowired
	ApplicationEvents events;

	private OperationId operation;

	@BeforeEach
	void pastOperation() {
		operation = new LibraryFixture(accounts, register).pastOperation(LibraryFixture.word("LIBENTRY"),
				"Detect cigarettes on ro-ro ferries");
	}

	@Test
	void participantsWriteLessonsThatTheCircleReads() {
		var lesson = Api.as(port, COORDINATOR).post("/api/library/" + operation + "/lessons", """
				{"whatWorked":"Daily OCU briefing","whatDidNot":"Late accounts","recommendation":"Order accounts early"}""");
		assertThat(lesson.status()).as(lesson.body()).isEqualTo(201);
		assertThat(lesson.json().get("writtenByOrganisation").asString()).isEqualTo("FI-CUSTOMS");
		assertThat(Api.as(port, OFFICER).post("/api/library/" + operation + "/lessons", "{\"recommendation\":\"x\"}")
			.status()).as("field officers read lessons but do not write them").isEqualTo(403);
		assertThat(Api.as(port, OUTSIDER).post("/api/library/" + operation + "/lessons", "{\"recommendation\":\"x\"}")
			.status()).isEqualTo(403);
		assertThat(Api.as(port, OFFICER).get("/api/library/" + operation).json().get("lessons").get(0)
			.get("recommendation").asString()).isEqualTo("Order accounts early");
		assertThat(Api.as(port, OUTSIDER).get("/api/library/" + operation).json().get("lessons")).isEmpty();
		var page = FormSession.signedIn(port, OUTSIDER).get("/library/" + operation).body();
		assertThat(page).contains("id=\"library-hidden\"").doesNotContain("Order accounts early");
	}

	@Test
	void aLessonIsRemovedByItsAuthorOrByThoseWhoRunTheOperationAndTheTrailKeepsWhatItSaid() {
		var colleague = "t.lib.coordinator2.fi";
		accounts.ensure(colleague, "FI-CUSTOMS", Role.NATIONAL_COORDINATOR);
		var own = Api.as(port, COORDINATOR).post("/api/library/" + operation + "/lessons",
				"{\"recommendation\":\"Said in haste\"}").json().get("id").asString();
		var leaders = Api.as(port, LEADER).post("/api/library/" + operation + "/lessons",
				"{\"whatDidNot\":\"The leader's own lesson\"}").json().get("id").asString();

		for (var user : new String[] { colleague, OFFICER, OUTSIDER }) {
			var refused = Api.as(port, user).delete("/api/library/lessons/" + own);
			assertThat(refused.status()).as(user).isEqualTo(403);
		}
		assertThat(Api.as(port, COORDINATOR).delete("/api/library/lessons/" + leaders).status())
			.as("a participant removes only their own lessons").isEqualTo(403);
		assertThat(Api.as(port, COORDINATOR).delete("/api/library/lessons/" + own).status()).isEqualTo(204);
		assertThat(Api.as(port, LEADER).delete("/api/library/lessons/" + leaders).status()).isEqualTo(204);
		assertThat(Api.as(port, LEADER).get("/api/library/" + operation).json().get("lessons")).isEmpty();
		assertThat(accounts.as(LEADER, () -> library.search("haste"))).as("nor is it found")
			.noneMatch(result -> result.entry().id().equals(operation));
		assertThat(Api.as(port, LEADER).delete("/api/library/lessons/" + own).status()).isEqualTo(404);

		var trail = Api.as(port, LEADER).get("/api/audit-trail?entityType=library-lesson&entityId=" + own).json();
		var actions = new java.util.ArrayList<String>();
		trail.forEach(entry -> actions.add(entry.get("action").asString() + " by " + entry.get("actor").asString()));
		assertThat(actions).contains("CREATED by " + COORDINATOR, "DELETED by " + COORDINATOR);
	}

	@Test
	void theEntryPageOffersToRemoveOnlyTheLessonsTheUserMayRemoveAndAsksFirst() {
		var own = accounts.as(COORDINATOR, () -> library.learn(operation, new LessonDraft("Mine", null, null)));
		var leaders = accounts.as(LEADER, () -> library.learn(operation, new LessonDraft("The leader's", null, null)));
		var entry = "/library/" + operation;
		var page = FormSession.signedIn(port, COORDINATOR);
		var body = page.get(entry).body();
		assertThat(body).contains(entry + "/lessons/" + own.id() + "/remove")
			.doesNotContain(entry + "/lessons/" + leaders.id() + "/remove");
		assertThat(page.get(entry + "/lessons/" + leaders.id() + "/remove").statusCode()).isEqualTo(403);
		assertThat(FormSession.signedIn(port, LEADER).get(entry).body())
			.contains(entry + "/lessons/" + own.id() + "/remove", entry + "/lessons/" + leaders.id() + "/remove");

		var confirm = entry + "/lessons/" + own.id() + "/remove";
		var question = page.get(confirm);
		assertThat(question.statusCode()).isEqualTo(200);
		assertThat(question.body()).contains("Mine").contains("cannot be brought back");
		var removed = page.postForm(confirm, confirm, Map.of());
		assertThat(removed.statusCode()).isEqualTo(302);
		assertThat(removed.headers().firstValue("Location").orElseThrow()).endsWith(entry + "#lessons");
		assertThat(page.get(entry).body()).contains("The lesson was removed.").doesNotContain("Mine")
			.contains("The leader&#39;s");
	}

	@Test
	void anEmptyLessonComesBackWithItsReasonAndWhatWasTyped() {
		var api = Api.as(port, LEADER).post("/api/library/" + operation + "/lessons", "{\"whatWorked\":\"  \"}");
		assertThat(api.status()).isEqualTo(422);
		assertThat(api.json().get("errors").get("recommendation").asString()).isEqualTo("Write at least one of the three parts.");
		var tooLong = Api.as(port, LEADER).post("/api/library/" + operation + "/lessons",
				"{\"whatDidNot\":\"" + "x".repeat(4001) + "\"}");
		assertThat(tooLong.json().get("errors").get("whatDidNot").asString()).isEqualTo("At most 4,000 characters.");

		var session = FormSession.signedIn(port, LEADER);
		var form = "/library/" + operation + "/lessons/new";
		var refused = session.postForm(form, "/library/" + operation + "/lessons",
				Map.of("whatWorked", "", "whatDidNot", "", "recommendation", ""));
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.body()).containsPattern("id=\"recommendation-error\"[^>]*>Write at least one of the three parts.");
		var kept = session.postForm(form, "/library/" + operation + "/lessons",
				Map.of("whatWorked", "Kept <b>as typed</b>", "whatDidNot", "x".repeat(4001), "recommendation", ""));
		assertThat(kept.statusCode()).isEqualTo(422);
		assertThat(kept.body()).contains("Kept &lt;b&gt;as typed&lt;/b&gt;")
			.containsPattern("id=\"whatDidNot-error\"[^>]*>At most 4,000 characters.");
		assertThat(Api.as(port, LEADER).get("/api/library/" + operation).json().get("lessons")).isEmpty();
	}

	@Test
	void tagsAreSetByThoseWhoRunTheOperationAndReadAsWords() {
		var set = Api.as(port, LEADER).put("/api/library/" + operation + "/tags",
				"{\"tags\":[\"Ro-Ro  Ferries\",\"OCU set-up\",\"ro-ro ferries\",\" \"]}");
		assertThat(set.status()).as(set.body()).isEqualTo(200);
		assertThat(set.body()).isEqualTo("[\"ocu set-up\",\"ro-ro ferries\"]");
		assertThat(Api.as(port, COORDINATOR).put("/api/library/" + operation + "/tags", "{\"tags\":[\"x\"]}").status())
			.isEqualTo(403);
		var bad = Api.as(port, LEADER).put("/api/library/" + operation + "/tags", "{\"tags\":[\"<script>\"]}");
		assertThat(bad.status()).isEqualTo(422);
		assertThat(bad.json().get("errors").get("tags").asString()).contains("“<script>” cannot be a tag");

		var session = FormSession.signedIn(port, LEADER);
		var refused = session.postForm("/library/" + operation, "/library/" + operation + "/tags",
				Map.of("tags", "fine, not;fine"));
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.body()).containsPattern("id=\"tags-error\"[^>]*>“not;fine” cannot be a tag")
			.contains("value=\"fine, not;fine\"");
		assertThat(Api.as(port, LEADER).get("/api/library/" + operation).json().get("tags")).hasSize(2);
	}

	@Test
	void theOperationPagePointsItsCircleToTheLibrary() {
		assertThat(FormSession.signedIn(port, COORDINATOR).get("/operations/" + operation).body())
			.contains("id=\"library-entry\"").contains("/library/" + operation);
		assertThat(FormSession.signedIn(port, OUTSIDER).get("/operations/" + operation).body())
			.doesNotContain("id=\"library-entry\"");
	}

	@Test
	void aPastOperationBecomesANewDraftWithItsStructureAndTheDatesTheUserSets() {
		var session = FormSession.signedIn(port, OTHER_LEADER);
		var form = session.get("/library/" + operation + "/template");
		assertThat(form.statusCode()).isEqualTo(403);

		// A German leader who took part may reuse it; the Danish operation had Finland with it.
		var withGermany = new LibraryFixture(accounts, register).pastOperation(LibraryFixture.word("LIBTEMPLATE"),
				"Detect cigarettes on ro-ro ferries");
		accounts.as(LEADER, () -> register.revise(withGermany, withParticipant(withGermany, "DE"), 0));
		var page = session.get("/library/" + withGermany + "/template");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("<option value=\"DE-CUSTOMS\" selected=\"selected\">")
			.doesNotContain("name=\"phase1Start\" class=\"form-control\" value=\"20");
		var templateForm = page.body().substring(page.body().indexOf("id=\"template-form\""));
		assertThat(templateForm.substring(0, templateForm.indexOf("</form>"))).as("nothing the browser would insist on")
			.doesNotContain("required");

		var undated = session.postForm("/library/" + withGermany + "/template", "/library/" + withGermany + "/template",
				Map.of("name", "NEXT FERRY", "organiser", "DE-CUSTOMS", "phase1Start", "", "phase1End", "not a day"));
		assertThat(undated.statusCode()).isEqualTo(422);
		assertThat(undated.body()).containsPattern("id=\"phase1Start-error\"[^>]*>Enter a date")
			.containsPattern("id=\"phase1End-error\"[^>]*>Enter a date")
			.contains("value=\"NEXT FERRY\"").contains("value=\"not a day\"");
		var unnamed = session.postForm("/library/" + withGermany + "/template", "/library/" + withGermany + "/template",
				Map.of("name", " ", "organiser", "DE-CUSTOMS", "phase1Start", "", "phase1End", ""));
		assertThat(unnamed.statusCode()).isEqualTo(422);
		assertThat(unnamed.body()).as("the missing name is named with the missing dates, not after them")
			.containsPattern("id=\"name-error\"[^>]*>[A-Z]").containsPattern("id=\"phase1Start-error\"[^>]*>Enter a date");

		var start = LocalDate.now().plusMonths(4);
		var created = session.postForm("/library/" + withGermany + "/template", "/library/" + withGermany + "/template",
				Map.of("name", "NEXT FERRY", "organiser", "DE-CUSTOMS", "phase1Start", start.toString(), "phase1End",
						start.plusDays(6).toString()));
		assertThat(created.statusCode()).isEqualTo(302);
		var location = created.headers().firstValue("Location").orElseThrow();
		assertThat(location).contains("/operations/");
		var id = location.substring(location.lastIndexOf('/') + 1);
		var copy = Api.as(port, OTHER_LEADER).get("/api/operations/" + id).json();
		assertThat(copy.get("name").asString()).isEqualTo("NEXT FERRY");
		assertThat(copy.get("organiser").asString()).isEqualTo("DE-CUSTOMS");
		assertThat(copy.get("leadCountry").asString()).isEqualTo("DE");
		assertThat(copy.get("status").asString()).isEqualTo("PROPOSAL");
		assertThat(copy.get("participants").toString()).isEqualTo("[\"DK\",\"FI\"]");
		assertThat(copy.get("riskAreas").toString()).isEqualTo("[\"CIGARETTES\"]");
		assertThat(copy.get("transportModes").toString()).isEqualTo("[\"MARITIME_RORO\"]");
		assertThat(copy.get("objectives").asString()).isEqualTo("Detect cigarettes on ro-ro ferries");
		assertThat(copy.has("contactPoint")).as("the Danish contact point stays with the Danish operation").isFalse();
		assertThat(copy.get("phases").get(0).get("start").asString()).isEqualTo(start.toString());
	}

	@Test
	void theNewOperationSaysWhichOneItWasMadeFromSoThatModulesCopyTheirParts() {
		var start = LocalDate.now().plusMonths(6);
		var created = accounts.as(LEADER, () -> library.useAsTemplate(operation,
				new TemplateRequest("AGAIN", "DK-CUSTOMS", List.of(new Phase(start, start.plusDays(3))))));
		assertThat(events.stream(OperationTabled.class).filter(event -> event.operationId().equals(created.id())))
			.singleElement().satisfies(event -> assertThat(event.derivedFrom()).isEqualTo(operation));
		assertThat(created.plan().contactPoint()).as("the same organiser keeps its contact point")
			.isEqualTo("Danish OCU (test)");
	}

	@Test
	void onlyTheCircleMayUseAnOperationAsTemplate() {
		assertThat(FormSession.signedIn(port, OUTSIDER).get("/library/" + operation + "/template").statusCode())
			.isEqualTo(403);
		var start = LocalDate.now().plusMonths(5);
		var refused = FormSession.signedIn(port, OUTSIDER).postForm("/library", "/library/" + operation + "/template",
				Map.of("name", "COPY", "organiser", "PT-CUSTOMS", "phase1Start", start.toString(), "phase1End",
						start.plusDays(3).toString()));
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(FormSession.signedIn(port, OFFICER).get("/library/" + operation + "/template").statusCode())
			.as("field officers read the Library but do not table operations").isEqualTo(403);
	}

	private eu.jcohub.operations.OperationPlan withParticipant(OperationId id, String country) {
		var plan = accounts.as(LEADER, () -> register.find(id)).plan();
		var participants = new java.util.TreeSet<>(plan.participants());
		participants.add(country);
		return new eu.jcohub.operations.OperationPlan(plan.name(), plan.type(), plan.organiser(), plan.leadCountry(),
				participants, plan.partnerOrganisations(), plan.competence(), plan.domain(), plan.contactPoint(),
				plan.externalId(), plan.riskAreas(), plan.transportModes(), plan.locations(), plan.phases(),
				plan.objectives());
	}
}
