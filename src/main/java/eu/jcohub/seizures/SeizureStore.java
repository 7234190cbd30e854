package eu.jcohub.seizures;

import eu.jcohub.shared.Texts;
import eu.jcohub.shared.OperationId;
import eu.jcohub.access.HandlingCode;
import eu.jcohub.protection.PersonalDataCategory;
import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Seizure reports in PostgreSQL. */
@Repository
class SeizureStore {

	private static final String COLUMNS = """
			id, operation_id, reference, owner, seized_on, location_code, place, goods_category, description, quantity,
			unit, estimated_value_eur, handling_code, named_organisations, person_name, person_birth_date,
			document_number, company_name, company_registration_number, anonymised, reported_by, reported_at, version""";
	private final JdbcClient jdbc;

	SeizureStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The next number of the owner's reports of the year, taken in the caller's transaction: the counter row stays
	 * locked until it ends, and a rollback gives the number back, so numbers have no gaps.
	 */
	String nextReference(String owner, int year) {
		int number = jdbc.sql("""
				insert into seizure_report_counters (owner, year, last_number) values (?, ?, 1)
				on conflict (owner, year) do update set last_number = seizure_report_counters.last_number + 1
				returning last_number""")
			.params(owner, year)
			.query(Integer.class)
			.single();
		return "SR-" + year + "-" + owner + "-" + String.format("%05d", number);
	}

	void insert(SeizureReport report) {
		var facts = report.facts();
		var subject = report.subject();
		jdbc.sql("insert into seizure_reports (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")
			.params(report.id(), report.operationId().value(), report.reference(), report.owner(), facts.seizedOn(),
					facts.locationCode(), facts.place(), facts.goodsCategory(), facts.description(), facts.quantity(),
					facts.unit(), facts.estimatedValueEur(), report.handlingCode().name(),
					report.namedOrganisations().stream().sorted().toArray(String[]::new), subject.personName(),
					subject.personBirthDate(), subject.documentNumber(), subject.companyName(),
					subject.companyRegistrationNumber(), names(report.anonymised()), report.reportedBy(),
					Timestamp.from(report.reportedAt()))
			.update();
	}

	/** Saves a changed report; false if someone else changed it since it was read. */
	boolean update(SeizureReport report) {
		var facts = report.facts();
		var subject = report.subject();
		return jdbc.sql("""
				update seizure_reports set seized_on = ?, location_code = ?, place = ?, goods_category = ?,
				       description = ?, quantity = ?, unit = ?, estimated_value_eur = ?, handling_code = ?,
				       named_organisations = ?, person_name = ?, person_birth_date = ?, document_number = ?,
				       company_name = ?, company_registration_number = ?, anonymised = ?, version = version + 1
				where id = ? and version = ?""")
			.params(facts.seizedOn(), facts.locationCode(), facts.place(), facts.goodsCategory(), facts.description(),
					facts.quantity(), facts.unit(), facts.estimatedValueEur(), report.handlingCode().name(),
					report.namedOrganisations().stream().sorted().toArray(String[]::new), subject.personName(),
					subject.personBirthDate(), subject.documentNumber(), subject.companyName(),
					subject.companyRegistrationNumber(), names(report.anonymised()), report.id(), report.version())
			.update() == 1;
	}

	Optional<SeizureReport> find(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from seizure_reports where id = ?").param(id).query(SeizureStore::map)
			.optional();
	}

	List<SeizureReport> ofOperation(OperationId operationId) {
		return jdbc.sql("select " + COLUMNS + " from seizure_reports where operation_id = ? order by seized_on, reference")
			.param(operationId.value())
			.query(SeizureStore::map)
			.list();
	}

	/** Reports still holding personal data of the category, for the retention job. */
	List<SeizureReport> holding(PersonalDataCategory category) {
		var condition = switch (category) {
			case PERSON -> "person_name is not null or person_birth_date is not null or document_number is not null";
			case COMPANY -> "company_name is not null or company_registration_number is not null";
		};
		return jdbc.sql("select " + COLUMNS + " from seizure_reports where " + condition).query(SeizureStore::map).list();
	}

	/** The owner's reports mentioning the subject looked for (any part of a name, exact date or number). */
	List<SeizureReport> mentioning(String owner, @Nullable String name, java.time.@Nullable LocalDate birthDate,
			@Nullable String number) {
		return jdbc.sql("select " + COLUMNS + """
				 from seizure_reports
				where owner = :owner
				  and (:name::text is null or lower(person_name) like :pattern escape '\\'
				       or lower(company_name) like :pattern escape '\\')
				  and (:birthDate::date is null or person_birth_date = :birthDate)
				  and (:number::text is null
				       or upper(regexp_replace(document_number, '[\\s.\\-/]', '', 'g')) = :number
				       or upper(regexp_replace(company_registration_number, '[\\s.\\-/]', '', 'g')) = :number)
				order by reference""")
			.param("owner", owner)
			.param("name", name)
			.param("pattern", name == null ? null : Texts.likeContaining(name.toLowerCase(java.util.Locale.ROOT)))
			.param("birthDate", birthDate == null ? null : Date.valueOf(birthDate))
			.param("number", number)
			.query(SeizureStore::map)
			.list();
	}

	private static String[] names(Set<PersonalDataCategory> categories) {
		return categories.stream().map(Enum::name).sorted().toArray(String[]::new);
	}

	private static SeizureReport map(ResultSet rs, int row) throws SQLException {
		var facts = new SeizureReport.Facts(rs.getDate("seized_on").toLocalDate(), rs.getString("location_code"),
				rs.getString("place"), rs.getString("goods_category"), rs.getString("description"),
				rs.getBigDecimal("quantity"), rs.getString("unit"), rs.getBigDecimal("estimated_value_eur"));
		var birth = rs.getDate("person_birth_date");
		var subject = new Subject(rs.getString("person_name"), birth == null ? null : birth.toLocalDate(),
				rs.getString("document_number"), rs.getString("company_name"), rs.getString("company_registration_number"));
		return new SeizureReport(rs.getObject("id", UUID.class), new OperationId(rs.getObject("operation_id", UUID.class)),
				rs.getString("reference"), rs.getString("owner"), facts, HandlingCode.valueOf(rs.getString("handling_code")),
				Set.copyOf(strings(rs.getArray("named_organisations"))), subject,
				strings(rs.getArray("anonymised")).stream().map(PersonalDataCategory::valueOf).collect(Collectors.toSet()),
				rs.getString("reported_by"), rs.getTimestamp("reported_at").toInstant(), rs.getLong("version"));
	}

	private static List<String> strings(Array array) throws SQLException {
		return Arrays.asList((String[]) array.getArray());
	}
}
