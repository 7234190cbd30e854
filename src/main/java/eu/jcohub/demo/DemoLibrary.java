package eu.jcohub.demo;

import eu.jcohub.library.LessonDraft;
import eu.jcohub.library.Library;
import eu.jcohub.operations.OperationType;
import eu.jcohub.operations.OperationView;
import eu.jcohub.reference.Country;
import eu.jcohub.reference.Organisation;
import eu.jcohub.reference.ReferenceData;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The Library of the demo: last year's JCOs that have run, each with a final report (a real PDF), lessons learned
 * and tags. The full-scale JCO {@value #STORY} is the one the demo script finds by a word only its report holds,
 * "{@value #STORY_WORD}"; NORTH SEA CURRENT's report speaks of reefer containers, which only its circle finds.
 */
@Component
class DemoLibrary {

	static final String STORY = "ARKTOS";
	static final String STORY_WORD = "tachograph";
	static final String NORTH_SEA = "NORTH SEA CURRENT";
	private static final int REGIONAL = 2;
	private static final Logger log = LoggerFactory.getLogger(DemoLibrary.class);
	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

	private final Library library;
	private final ReferenceData reference;
	private final DemoUsers users;

	DemoLibrary(Library library, ReferenceData reference, DemoUsers users) {
		this.library = library;
		this.reference = reference;
		this.users = users;
	}

	/** Reports, lessons and tags for the full-scale JCOs that have run, NORTH SEA CURRENT and two regional JCOs. */
	void load(List<OperationView> tabled, LocalDate today, Random random) {
		var ran = tabled.stream().filter(operation -> Library.hasRun(operation, today))
			.sorted(Comparator.comparing(operation -> operation.plan().lastPhase().end()))
			.toList();
		var fullScale = ran.stream().filter(operation -> operation.plan().type() == OperationType.JCO_FULL_SCALE);
		var northSea = ran.stream().filter(operation -> operation.plan().name().equals(NORTH_SEA));
		var regional = ran.stream()
			.filter(operation -> operation.plan().type() == OperationType.JCO_REGIONAL
					&& !operation.plan().name().equals(NORTH_SEA))
			.sorted(Comparator.comparing((OperationView operation) -> operation.plan().lastPhase().end()).reversed())
			.limit(REGIONAL);
		long started = System.nanoTime();
		var shelved = Stream.of(fullScale, northSea, regional).flatMap(s -> s).toList();
		shelved.forEach(operation -> shelve(operation, random));
		log.info("Demo Library: final reports, lessons and tags of {} operations in {} ms", shelved.size(),
				(System.nanoTime() - started) / 1_000_000);
	}

	private void shelve(OperationView operation, Random random) {
		var plan = operation.plan();
		var story = story(operation);
		var planner = DemoAccounts.plannerFor(plan.organiser());
		var report = new DemoFinalReport(plan.name(), subtitle(operation), operation.marking(),
				plan.objectives() + " " + story.summary(), countries(operation), results(operation, random),
				story.findings(), story.recommendations());
		users.as(planner, () -> library.upload(operation.id(), fileName(plan.name()), report.pdf()));
		story.lessons().forEach(lesson -> users.as(lesson.author(), () -> library.learn(operation.id(), lesson.draft())));
		users.as(planner, () -> library.tag(operation.id(), story.tags()));
	}

	/** What each report says beyond its plan: the two operations of the demo script, then the background. */
	private Story story(OperationView operation) {
		var plan = operation.plan();
		var circle = plan.organiser().equals("CCWP") ? "coordinator.fi" : "coordinator.de";
		if (plan.name().equals(STORY)) {
			return new Story("Lorries at the control points were selected by risk profile and their tachograph records "
					+ "compared with their consignment notes.",
					List.of("Tachograph records showed 41 lorries whose drivers could not have been where the "
							+ "consignment notes said: 9 of them carried undeclared cigarettes.",
							"The OCU's daily risk briefing reached every control point before the morning shift.",
							"Secure communication accounts for two liaison officers arrived only on the second day."),
					List.of("Read tachograph data at the control point: keep the card readers of this operation for "
							+ "the next one.", "Order secure communication accounts six weeks before the first day."),
					List.of(new DemoLesson("secretariat", new LessonDraft(
							"Comparing tachograph records with consignment notes found drivers who were elsewhere.",
							"Two liaison officers could not reach the OCU on the first day.",
							"Order the secure communication accounts six weeks ahead and test them in the briefing.")),
							new DemoLesson(circle, new LessonDraft("The OCU's daily briefing came before the morning "
									+ "shift.", null, "Keep the card readers at the control points for the next operation."))),
					List.of("lorries", "tachograph checks", "ocu set-up"));
		}
		if (plan.name().equals(NORTH_SEA)) {
			return new Story("Reefer containers from South America were scanned on arrival and their cooling units "
					+ "opened where the scanner images showed dense areas.",
					List.of("Cocaine was hidden in the cooling units of reefer containers, not in the fruit.",
							"Scanner images were shared between Rotterdam, Antwerp and Hamburg within the hour.",
							"Europol's cross-match linked three seizures to one consignee."),
					List.of("Open the cooling unit of any reefer container whose scanner image shows a dense area.",
							"Share scanner images between ports through the OCU, not by e-mail."),
					List.of(new DemoLesson(circle, new LessonDraft("Sharing scanner images between the three ports "
							+ "within the hour.", "Manifest data arrived after the containers.",
							"Ask the shipping lines for the manifests 48 hours before arrival."))),
					List.of("reefer containers", "cocaine", "scanner images"));
		}
		var area = plan.riskAreas().stream().map(reference::riskAreaName).findFirst().orElse("goods")
			.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} -]+", " ").replaceAll("\\s+", " ").strip();
		var fullScale = plan.type() == OperationType.JCO_FULL_SCALE;
		return new Story("Controls concentrated on " + area + " at the places of the plan.",
				List.of("Risk profiles shared before the first day raised the share of controls that found something.",
						fullScale ? "Every member state reported through the OCU; three reported late on weekends."
								: "The lead administration's contact point answered every request within the day."),
				List.of("Share risk profiles four weeks before the first day.",
						"Agree the weekend reporting rota at the briefing."),
				List.of(new DemoLesson(fullScale ? circle : DemoAccounts.plannerFor(plan.organiser()), new LessonDraft(
						"Risk profiles shared early.", "Weekend reports arrived late.",
						"Agree the weekend reporting rota at the briefing."))),
				List.of(area, fullScale ? "full-scale" : "regional"));
	}

	private String subtitle(OperationView operation) {
		var plan = operation.plan();
		var lead = plan.leadCountry() == null ? "" : ", led by " + countryName(plan.leadCountry());
		return "Joint Customs Operation of " + organisationName(plan.organiser()) + lead + ", "
				+ DAY.format(plan.firstPhase().start()) + " to " + DAY.format(plan.lastPhase().end())
				+ ". Written after the debriefing.";
	}

	private List<String> countries(OperationView operation) {
		return operation.plan().countriesTakingPart().stream().map(this::countryName).sorted().toList();
	}

	private static LinkedHashMap<String, String> results(OperationView operation, Random random) {
		var results = new LinkedHashMap<String, String>();
		var countries = operation.plan().countriesTakingPart().size();
		results.put("Administrations taking part", String.valueOf(countries));
		results.put("Controls", String.format(Locale.ROOT, "%,d", 800 + countries * (150 + random.nextInt(250))));
		results.put("Seizures", String.valueOf(12 + random.nextInt(90)));
		results.put("Messages through the OCU", String.valueOf(150 + random.nextInt(600)));
		results.put("Naples II requests", String.valueOf(random.nextInt(9)));
		return results;
	}

	private static String fileName(String name) {
		return "Final report " + name + ".pdf";
	}

	private String countryName(String code) {
		return reference.country(code).map(Country::name).orElse(code);
	}

	private String organisationName(String code) {
		return reference.organisation(code).map(Organisation::name).orElse(code);
	}

	private record Story(String summary, List<String> findings, List<String> recommendations, List<DemoLesson> lessons,
			List<String> tags) {
	}

	private record DemoLesson(String author, LessonDraft draft) {
	}
}
