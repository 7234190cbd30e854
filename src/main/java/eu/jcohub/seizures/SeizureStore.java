package eu.jcohub.seizures;

import eu.jcohub.shared.Texts;
import eu.jcohub.shared.db.CopyIn;
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
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Seizure reports in PostgreSQL. */
@Repository
class SeizureStore {

	private static final String COLUMNS = """
			id, operation_id, reference, owner, seized_on, location_code, place, goods_category, description, quantity,
			unit, estimated_value_eur, handling_code, named_organisations, person_name, person_birth_date,
			document_number, company_name, company_registration_number, anonymised, reported_by, reported_at, version,
			type, phase, occurred_at, late, transport_mode, duties_eur, concealment, route_from, route_to, identifiers,
			profile_id, controlled_kind, controlled_count, result, idempotency_key, state, question, answer,
			reject_reason, decided_by, decided_at""";
	private static final String VALUES = "?, ".repeat(43) + "?";
	private static final String INSERT_UNLESS_KNOWN = "insert into seizure_reports (" + COLUMNS + ") values (" + VALUES
			+ ") on conflict (reported_by, idempotency_key) where idempotency_key is not null do nothing";
	private static final String UNIQUE_VIOLATION = "23505";
	private final JdbcClient jdbc;
	private final JdbcTemplate batch;
	private final DataSource dataSource;

	SeizureStore(JdbcClient jdbc, JdbcTemplate batch, DataSource dataSource) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.dataSource = dataSource;
	}

	/**
	 * The next number of the owner's reports of the year, taken in the caller's transaction: the counter row stays
	 * locked until it ends, and a rollback gives the number back. Field reports take theirs in a short transaction
	 * of their own instead ({@link ReportNumbers}), accepting gaps.
	 */
	String nextReference(String owner, int year) {
		return nextReference(owner, year, ReportType.SEIZURE);
	}

	/** The same, for seizures ({@code SR}) and controls ({@code CR}), each numbered on their own. */
	String nextReference(String owner, int year, ReportType type) {
		var kind = type == ReportType.SEIZURE ? "SR" : "CR";
		int number = jdbc.sql("""
				insert into seizure_report_counters (owner, year, kind, last_number) values (?, ?, ?, 1)
				on conflict (owner, year, kind) do update set last_number = seizure_report_counters.last_number + 1
				returning last_number""")
			.params(owner, year, kind)
			.query(Integer.class)
			.single();
		return kind + "-" + year + "-" + owner + "-" + String.format("%05d", number);
	}

	/**
	 * The next {@code count} numbers at once, for reports inserted together in the caller's transaction (as
	 * {@link #nextReference(String, int, ReportType)} takes one).
	 */
	List<String> nextReferences(String owner, int year, ReportType type, int count) {
		return nextReferences(owner, year, type, count, false);
	}

	/**
	 * The same as {@link #nextReferences(String, int, ReportType, int)} as one statement committed on its own without
	 * waiting for its flush to disk: {@code set_config(…, true)} sets {@code synchronous_commit} for the statement's
	 * own transaction only (see {@link ReportNumbers} for why that is safe). Called outside a transaction.
	 */
	List<String> nextReferencesCommittedAtOnce(String owner, int year, ReportType type, int count) {
		return nextReferences(owner, year, type, count, true);
	}

	private List<String> nextReferences(String owner, int year, ReportType type, int count, boolean commitAtOnce) {
		var kind = type == ReportType.SEIZURE ? "SR" : "CR";
		var condition = commitAtOnce ? " where set_config('synchronous_commit', 'off', true) = 'off'" : "";
		int last = jdbc.sql("""
				insert into seizure_report_counters (owner, year, kind, last_number) select ?, ?, ?, ?%s
				on conflict (owner, year, kind) do update set last_number = seizure_report_counters.last_number + ?
				returning last_number""".formatted(condition))
			.params(owner, year, kind, count, count)
			.query(Integer.class)
			.single();
		return java.util.stream.IntStream.rangeClosed(last - count + 1, last)
			.mapToObj(number -> kind + "-" + year + "-" + owner + "-" + String.format("%05d", number))
			.toList();
	}

	void insert(SeizureReport report) {
		if (!insertUnlessKnown(report)) {
			throw new IllegalStateException("a report with the idempotency key of " + report.reference() + " exists");
		}
	}

	/**
	 * Inserts the report unless one of the same reporter with the same idempotency key exists: false then, and
	 * nothing written. The unique index decides, so two submissions arriving together make one report.
	 */
	boolean insertUnlessKnown(SeizureReport report) {
		return jdbc.sql(INSERT_UNLESS_KNOWN).params(values(report)).update() == 1;
	}

	/**
	 * Copies the reports into the table in one stream (PostgreSQL COPY on the transaction's connection); true when
	 * every one went in. False when one of the same reporter with one of their idempotency keys exists (another
	 * submission came first): nothing of the copy is kept then, and the caller's transaction must end.
	 */
	boolean copyAllUnlessKnown(List<SeizureReport> reports) {
		var copy = new CopyIn();
		reports.forEach(report -> copy.row(values(report)));
		try {
			copy.into(dataSource, "seizure_reports", COLUMNS);
			return true;
		}
		catch (SQLException e) {
			if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
				return false;
			}
			throw new org.springframework.dao.DataAccessResourceFailureException("the reports could not be copied", e);
		}
	}

	private static Object[] values(SeizureReport report) {
		var facts = report.facts();
		var subject = report.subject();
		var field = report.field();
		var review = report.review();
		return new Object[] { report.id(), report.operationId().value(), report.reference(), report.owner(),
				facts.seizedOn(), facts.locationCode(), facts.place(), facts.goodsCategory(), facts.description(),
				facts.quantity(), facts.unit(), facts.estimatedValueEur(), report.handlingCode().name(),
				report.namedOrganisations().stream().sorted().toArray(String[]::new), subject.personName(),
				subject.personBirthDate(), subject.documentNumber(), subject.companyName(),
				subject.companyRegistrationNumber(), names(report.anonymised()), report.reportedBy(),
				Timestamp.from(report.reportedAt()), 0L, field.type().name(), field.phase(),
				Timestamp.from(field.occurredAt()), field.late(), field.transportMode(), field.dutiesEur(),
				field.concealment(), field.routeFrom(), field.routeTo(), field.identifiers().toArray(String[]::new),
				field.profileId(), field.controlledKind(), field.controlledCount(),
				field.result() == null ? null : field.result().name(), field.idempotencyKey(), review.state().name(),
				review.question(), review.answer(), review.rejectReason(), review.decidedBy(),
				review.decidedAt() == null ? null : Timestamp.from(review.decidedAt()) };
	}

	/** The reports a reporter made with these idempotency keys, by key. */
	java.util.Map<String, SeizureReport> findByKeys(String reportedBy, java.util.Collection<String> keys) {
		return jdbc.sql("select " + COLUMNS + " from seizure_reports where reported_by = ? and idempotency_key = any(?)")
			.params(reportedBy, keys.toArray(String[]::new))
			.query(SeizureStore::map)
			.list()
			.stream()
			.collect(Collectors.toMap(report -> report.field().idempotencyKey(), report -> report));
	}

	/** The report a reporter made with this idempotency key, if any. */
	Optional<SeizureReport> findByKey(String reportedBy, String key) {
		return jdbc.sql("select " + COLUMNS + " from seizure_reports where reported_by = ? and idempotency_key = ?")
			.params(reportedBy, key)
			.query(SeizureStore::map)
			.optional();
	}

	/** Saves where the report stands with the OCU; false if someone else changed it since it was read. */
	boolean saveReview(SeizureReport report) {
		var review = report.review();
		return jdbc.sql("""
				update seizure_reports set state = ?, question = ?, answer = ?, reject_reason = ?, decided_by = ?,
				       decided_at = ?, version = version + 1
				where id = ? and version = ?""")
			.params(review.state().name(), review.question(), review.answer(), review.rejectReason(),
					review.decidedBy(), review.decidedAt() == null ? null : Timestamp.from(review.decidedAt()),
					report.id(), report.version())
			.update() == 1;
	}

	/** The operation's field reports, filtered; newest first. */
	List<SeizureReport> ofOperation(OperationId operationId, @Nullable ReportState state, @Nullable ReportType type,
			java.time.@Nullable Instant from) {
		return jdbc.sql("select " + COLUMNS + """
				 from seizure_reports
				where operation_id = :operation
				  and (:state::text is null or state = :state)
				  and (:type::text is null or type = :type)
				  and (:from::timestamptz is null or coalesce(occurred_at, seized_on::timestamptz) >= :from)
				order by coalesce(occurred_at, seized_on::timestamptz) desc, reference""")
			.param("operation", operationId.value())
			.param("state", state == null ? null : state.name())
			.param("type", type == null ? null : type.name())
			.param("from", from == null ? null : Timestamp.from(from))
			.query(SeizureStore::map)
			.list();
	}

	/** Who reported on the operation from when (inclusive) to when (exclusive): organisations and locations. */
	List<String[]> reportersBetween(OperationId operationId, java.time.Instant from, java.time.Instant to) {
		return jdbc.sql("""
				select distinct owner, coalesce(location_code, '') from seizure_reports
				where operation_id = ? and coalesce(occurred_at, seized_on::timestamptz) >= ?
				  and coalesce(occurred_at, seized_on::timestamptz) < ?""")
			.params(operationId.value(), Timestamp.from(from), Timestamp.from(to))
			.query((rs, row) -> new String[] { rs.getString(1), rs.getString(2) })
			.list();
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
		return jdbc.sql("select " + COLUMNS + " from seizure_reports where operation_id = ? and type = 'SEIZURE' order by seized_on, reference")
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
		var occurred = rs.getTimestamp("occurred_at");
		var result = rs.getString("result");
		var field = new SeizureReport.Field(ReportType.valueOf(rs.getString("type")), rs.getObject("phase", Integer.class),
				occurred == null ? facts.seizedOn().atStartOfDay(java.time.ZoneOffset.UTC).toInstant() : occurred.toInstant(),
				rs.getBoolean("late"), rs.getString("transport_mode"), rs.getBigDecimal("duties_eur"),
				rs.getString("concealment"), rs.getString("route_from"), rs.getString("route_to"),
				strings(rs.getArray("identifiers")), rs.getObject("profile_id", UUID.class), rs.getString("controlled_kind"),
				rs.getInt("controlled_count"), result == null ? null : ControlResult.valueOf(result),
				rs.getString("idempotency_key"));
		var decided = rs.getTimestamp("decided_at");
		var review = new SeizureReport.Review(ReportState.valueOf(rs.getString("state")), rs.getString("question"),
				rs.getString("answer"), rs.getString("reject_reason"), rs.getString("decided_by"),
				decided == null ? null : decided.toInstant());
		return new SeizureReport(rs.getObject("id", UUID.class), new OperationId(rs.getObject("operation_id", UUID.class)),
				rs.getString("reference"), rs.getString("owner"), facts, HandlingCode.valueOf(rs.getString("handling_code")),
				Set.copyOf(strings(rs.getArray("named_organisations"))), subject,
				strings(rs.getArray("anonymised")).stream().map(PersonalDataCategory::valueOf).collect(Collectors.toSet()),
				rs.getString("reported_by"), rs.getTimestamp("reported_at").toInstant(), rs.getLong("version"), field,
				review);
	}

	private static List<String> strings(Array array) throws SQLException {
		return Arrays.asList((String[]) array.getArray());
	}
}
