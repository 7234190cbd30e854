package eu.jcohub.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Reference lists in the order a reader looks for a name, not by code. */
class ByNameTests {

	@Test
	void countriesAreSortedByTheirNameWithAccentsInTheirPlace() {
		var countries = List.of(new Country("CH", "Switzerland", Country.Kind.PARTNER),
				new Country("BY", "Belarus", Country.Kind.PARTNER), new Country("TR", "Türkiye", Country.Kind.CANDIDATE),
				new Country("UA", "Ukraine", Country.Kind.CANDIDATE), new Country("TN", "Tunisia", Country.Kind.PARTNER),
				new Country("SE", "Sweden", Country.Kind.EU_MEMBER));

		assertThat(ByName.sorted(countries, Country::name).stream().map(Country::name))
			.containsExactly("Belarus", "Sweden", "Switzerland", "Tunisia", "Türkiye", "Ukraine");
	}

	@Test
	void twoLevelListsKeepEachEntryUnderItsParentBothByName() {
		var areas = List.of(new Category("TOBACCO", "Tobacco", null), new Category("CIGARETTES", "Cigarettes", "TOBACCO"),
				new Category("RAW_TOBACCO", "Raw tobacco", "TOBACCO"), new Category("DRUGS", "Drugs", null),
				new Category("HEROIN", "Heroin", "DRUGS"), new Category("COCAINE", "Cocaine", "DRUGS"),
				new Category("CASH", "Cash", null));

		assertThat(ByName.underParents(areas).stream().map(Category::name))
			.containsExactly("Cash", "Drugs", "Cocaine", "Heroin", "Tobacco", "Cigarettes", "Raw tobacco");
	}
}
