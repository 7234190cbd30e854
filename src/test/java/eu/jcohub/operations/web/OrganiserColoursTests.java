package eu.jcohub.operations.web;

import static org.assertj.core.api.Assertions.assertThat;

import eu.jcohub.operations.Competence;
import eu.jcohub.operations.OperationPlan;
import eu.jcohub.operations.OperationType;
import eu.jcohub.operations.Phase;
import eu.jcohub.operations.PolicyDomain;
import eu.jcohub.operations.web.OrganiserColours.Swatch;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The organisers' colours, without Spring: readable, distinct where it matters, the same for the same calendar. */
class OrganiserColoursTests {

	/** WCAG 2 contrast ratio of two sRGB colours written #rrggbb. */
	static double contrast(String one, String other) {
		double a = luminance(one);
		double b = luminance(other);
		return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
	}

	private static double luminance(String hex) {
		double[] channels = new double[3];
		for (int i = 0; i < 3; i++) {
			double c = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
			channels[i] = c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
		}
		return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
	}

	@Test
	void contrastIsComputedAsWcagDefinesIt() {
		assertThat(contrast("#000000", "#ffffff")).isCloseTo(21.0, org.assertj.core.data.Offset.offset(0.01));
		assertThat(contrast("#767676", "#ffffff")).isCloseTo(4.54, org.assertj.core.data.Offset.offset(0.01));
	}

	@Test
	void everyTextOnItsBackgroundMeetsAaAndEveryBarStandsOutFromThePage() {
		assertThat(OrganiserColours.PALETTE).hasSize(24).doesNotHaveDuplicates();
		for (var swatch : OrganiserColours.PALETTE) {
			// The bar's name and the letter code drawn inverted on it use the same pair.
			assertThat(contrast(swatch.text(), swatch.background())).as("text on " + swatch.background())
				.isGreaterThanOrEqualTo(4.5);
			// A bar's edge against the white page: at least 3:1 for a graphical object.
			assertThat(contrast(swatch.border(), "#ffffff")).as("border " + swatch.border()).isGreaterThanOrEqualTo(3.0);
		}
		assertThat(OrganiserColours.PALETTE.stream().map(Swatch::background).toList()).doesNotHaveDuplicates();
	}

	@Test
	void organisersActiveInTheSameMonthGetDifferentColoursAndKeepThemAllYear() {
		var plans = new ArrayList<OperationPlan>();
		for (int i = 0; i < 20; i++) {
			plans.add(plan("ORG-" + i, LocalDate.of(2030, 3, 1 + i), LocalDate.of(2030, 3, 5 + i)));
			plans.add(plan("ORG-" + i, LocalDate.of(2030, 9, 1), LocalDate.of(2030, 9, 10)));
		}

		var colours = OrganiserColours.forYear(2030, plans);

		var inMarch = new HashSet<Swatch>();
		for (int i = 0; i < 20; i++) {
			inMarch.add(colours.of("ORG-" + i));
		}
		assertThat(inMarch).hasSize(20);
		assertThat(colours.all()).hasSize(20);
	}

	@Test
	void organisersThatNeverMeetMayShareAColourSoThatThePaletteLastsTheYear() {
		var colours = OrganiserColours.forYear(2030, List.of(plan("EARLY", LocalDate.of(2030, 2, 1), LocalDate.of(2030, 2, 5)),
				plan("LATE", LocalDate.of(2030, 10, 1), LocalDate.of(2030, 10, 5))));

		assertThat(colours.of("EARLY")).isEqualTo(colours.of("LATE"));
	}

	@Test
	void theSameCalendarGivesTheSameColoursWhateverTheOrderItIsReadIn() {
		var plans = new ArrayList<OperationPlan>();
		for (int i = 0; i < 30; i++) {
			plans.add(plan("ORG-" + (i % 17), LocalDate.of(2030, 1 + i % 12, 3), LocalDate.of(2030, 1 + i % 12, 20)));
		}
		var shuffled = new ArrayList<>(plans);
		Collections.shuffle(shuffled, new java.util.Random(7));

		assertThat(OrganiserColours.forYear(2030, shuffled).all()).isEqualTo(OrganiserColours.forYear(2030, plans).all());
	}

	@Test
	void onAScreenTwoOrganisersSharingTheYearsColourGetTwoAndTheBusierKeepsItsOwn() {
		var plans = new ArrayList<OperationPlan>();
		// 30 organisers, each in its own fortnight of the year: far more than colours, few ever side by side.
		for (int i = 0; i < 30; i++) {
			var start = LocalDate.of(2030, 1, 1).plusDays(12L * i);
			plans.add(plan("ORG-" + i, start, start.plusDays(3)));
		}
		plans.add(plan("ORG-0", LocalDate.of(2030, 6, 1), LocalDate.of(2030, 6, 3)));
		var year = OrganiserColours.forYear(2030, plans);
		var sharing = year.all().keySet().stream().filter(o -> !o.equals("ORG-0"))
			.filter(o -> year.of(o).equals(year.of("ORG-0"))).findFirst().orElseThrow();
		var together = List.of(plan("ORG-0", LocalDate.of(2030, 12, 1), LocalDate.of(2030, 12, 5)),
				plan(sharing, LocalDate.of(2030, 12, 2), LocalDate.of(2030, 12, 6)));

		var screen = year.onScreen(together, LocalDate.of(2030, 11, 25), LocalDate.of(2030, 12, 31));

		assertThat(screen.of("ORG-0")).isEqualTo(year.of("ORG-0"));
		assertThat(screen.of(sharing)).isNotEqualTo(screen.of("ORG-0"));
	}

	private static OperationPlan plan(String organiser, LocalDate start, LocalDate end) {
		return new OperationPlan("COLOURS " + organiser, OperationType.NATIONAL, organiser, null, Set.of("FI"), Set.of(),
				Competence.EXCLUSIVE_EU, PolicyDomain.CUSTOMS, null, null, Set.of("CIGARETTES"), Set.of("ROAD"), Set.of(),
				List.of(new Phase(start, end)), null);
	}
}
