package eu.jcohub.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import eu.jcohub.shared.OperationId;
import eu.jcohub.support.IntegrationTest;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The facts the overview filters are a copy held in memory: every change is in the next answer, whether the store
 * writes it (on this instance or another) or rows are added or removed straight in the table, as a bulk load does.
 */
@IntegrationTest
class OperationFactCopyTests {

	private static final int YEAR = 1987;

	@Autowired
	OperationFactStore facts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aChangeByTheStoreOrARowAddedOrRemovedInTheTableIsInTheNextAnswer() {
		var id = OperationId.of(UUID.randomUUID());
		assertThat(facts.find(YEAR, YEAR, null, null, null, null)).noneMatch(f -> f.id().equals(id));

		facts.upsert(fact(id, 1, "COPY ONE", "DK"));
		assertThat(facts.find(YEAR, YEAR, null, null, null, null)).filteredOn(f -> f.id().equals(id))
			.singleElement().satisfies(f -> assertThat(f.name()).isEqualTo("COPY ONE"));

		facts.upsert(fact(id, 2, "COPY TWO", "FI"));
		assertThat(facts.find(YEAR, YEAR, "FI-CUSTOMS", null, null, null)).filteredOn(f -> f.id().equals(id))
			.singleElement().satisfies(f -> assertThat(f.name()).isEqualTo("COPY TWO"));
		assertThat(facts.find(YEAR, YEAR, "DK-CUSTOMS", null, null, null)).noneMatch(f -> f.id().equals(id));

		var loaded = OperationId.of(UUID.randomUUID());
		jdbc.sql("""
				insert into analytics_operations (operation_id, version, name, type, organiser, lead_country, countries,
				       risk_areas, status, first_known, starts_on, ends_on, phase_count, operational_days, year)
				select ?, version, 'COPY LOADED', type, organiser, lead_country, countries, risk_areas, status, first_known,
				       starts_on, ends_on, phase_count, operational_days, year
				from analytics_operations where operation_id = ?""").params(loaded.value(), id.value()).update();
		assertThat(facts.find(YEAR, YEAR, null, null, null, null)).extracting(OperationFact::name).contains("COPY TWO",
				"COPY LOADED");
		jdbc.sql("delete from analytics_operations where operation_id = ?").param(loaded.value()).update();
		assertThat(facts.find(YEAR, YEAR, null, null, null, null)).extracting(OperationFact::name)
			.doesNotContain("COPY LOADED");

		jdbc.sql("delete from analytics_operations where operation_id = ?").param(id.value()).update();
		assertThat(facts.find(YEAR, YEAR, null, null, null, null)).noneMatch(f -> f.id().equals(id));
	}

	@Test
	void theFiltersChooseAsTheyWouldInTheDatabase() {
		var id = OperationId.of(UUID.randomUUID());
		facts.upsert(fact(id, 1, "COPY FILTERED", "SE"));
		try {
			assertThat(facts.find(YEAR, YEAR, "SE-CUSTOMS", "JCO", Set.of("ALCOHOL", "CIGARETTES"), "FI"))
				.extracting(OperationFact::id).contains(id);
			assertThat(facts.find(YEAR, YEAR, null, null, Set.of("DRUGS"), null)).extracting(OperationFact::id)
				.doesNotContain(id);
			assertThat(facts.find(YEAR, YEAR, null, null, null, "PT")).extracting(OperationFact::id).doesNotContain(id);
			assertThat(facts.find(YEAR, YEAR, null, "RCO", null, null)).extracting(OperationFact::id).doesNotContain(id);
			assertThat(facts.find(YEAR + 1, YEAR + 2, null, null, null, null)).extracting(OperationFact::id)
				.doesNotContain(id);
		}
		finally {
			jdbc.sql("delete from analytics_operations where operation_id = ?").param(id.value()).update();
		}
	}

	private static OperationFact fact(OperationId id, long version, String name, String country) {
		var start = LocalDate.of(YEAR, 5, 1);
		return new OperationFact(id, version, name, "JCO", country + "-CUSTOMS", country, new java.util.TreeSet<>(java.util.List.of(country, "FI")),
				Set.of("CIGARETTES"), "PLANNED", start.minusMonths(3), start, start.plusDays(13), 1, 14);
	}
}
