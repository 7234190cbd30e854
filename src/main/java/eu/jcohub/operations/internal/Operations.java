package eu.jcohub.operations.internal;

import eu.jcohub.shared.Texts;
import eu.jcohub.access.HandlingCode;
import eu.jcohub.access.ProtectedRecord;
import eu.jcohub.operations.Competence;
import eu.jcohub.operations.OperationFilter;
import eu.jcohub.operations.OperationPlan;
import eu.jcohub.operations.OperationStatus;
import eu.jcohub.operations.OperationType;
import eu.jcohub.operations.PolicyDomain;
import eu.jcohub.reference.ReferenceData;
import eu.jcohub.operations.StaleVersion;
import eu.jcohub.shared.OperationId;
import org.springframework.context.ApplicationEventPublisher;
import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The operations register in PostgreSQL. */
@Repository
public class Operations {

	private static final String COLUMNS = """
			id, name, type, organiser, lead_country, participants, partner_organisations, competence, domain,
			contact_point, external_id, risk_areas, transport_modes, locations, phases::text as phases, objectives,
			status, handling_code, first_known, version, change_seq""";

	private static final long OPERATIONS_WRITE_LOCK = 0x4a434f4f50455253L;
	private final JdbcClient jdbc;
	private final ReferenceData reference;
	private final ApplicationEventPublisher events;

	Operations(JdbcClient jdbc, ReferenceData reference, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.reference = reference;
		this.events = events;
	}

	/**
	 * Serialises writers of operations until the transaction ends, so that change numbers become visible in
	 * order and an instance catching up by change number never skips one.
	 */
	public void lockForWriting() {
		jdbc.sql("select pg_advisory_xact_lock(?)").param(OPERATIONS_WRITE_LOCK).query(Object.class).single();
	}

	/** Saves a new operation and publishes the events it raised, within the caller's transaction. */
	public void insert(Operation operation, String createdBy) {
		var plan = operation.plan();
		jdbc.sql("""
				insert into operations (id, name, type, organiser, lead_country, participants, partner_organisations,
				    competence, domain, contact_point, external_id, risk_areas, transport_modes, locations, phases,
				    objectives, status, handling_code, first_known, created_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::datemultirange, ?, ?, ?, ?, ?)""")
			.params(operation.id().value(), plan.name(), plan.type().name(), plan.organiser(), plan.leadCountry(),
					array(plan.participants()), array(plan.partnerOrganisations()), plan.competence().name(),
					plan.domain().name(), plan.contactPoint(), plan.externalId(), array(plan.riskAreas()),
					array(plan.transportModes()), array(plan.locations()), PhaseRanges.toSql(plan.phases()),
					plan.objectives(), operation.status().name(), operation.handlingCode().name(),
					Date.valueOf(operation.firstKnown()), createdBy)
			.update();
		operation.takeEvents().forEach(events::publishEvent);
	}

	/**
	 * Saves a changed operation if nobody else changed it since it was read, and publishes the events it raised,
	 * within the caller's transaction.
	 */
	public void update(Operation operation) {
		var plan = operation.plan();
		int updated = jdbc.sql("""
				update operations set name = ?, type = ?, organiser = ?, lead_country = ?, participants = ?,
				    partner_organisations = ?, competence = ?, domain = ?, contact_point = ?, external_id = ?,
				    risk_areas = ?, transport_modes = ?, locations = ?, phases = ?::datemultirange, objectives = ?,
				    status = ?, version = version + 1, change_seq = nextval('operation_change_seq'), updated_at = now()
				where id = ? and version = ?""")
			.params(plan.name(), plan.type().name(), plan.organiser(), plan.leadCountry(), array(plan.participants()),
					array(plan.partnerOrganisations()), plan.competence().name(), plan.domain().name(),
					plan.contactPoint(), plan.externalId(), array(plan.riskAreas()), array(plan.transportModes()),
					array(plan.locations()), PhaseRanges.toSql(plan.phases()), plan.objectives(),
					operation.status().name(), operation.id().value(), operation.version())
			.update();
		if (updated == 0) {
			throw new StaleVersion(plan.name(), operation.version(), operation.version() + 1);
		}
		operation.takeEvents().forEach(events::publishEvent);
	}

	public Optional<Operation> find(OperationId id) {
		return jdbc.sql("select " + COLUMNS + " from operations where id = ?").param(id.value()).query(Operations::map)
			.optional();
	}

	public Optional<Operation> findByExternalId(String organiser, String externalId) {
		return jdbc.sql("select " + COLUMNS + " from operations where organiser = ? and external_id = ?")
			.params(organiser, externalId)
			.query(Operations::map)
			.optional();
	}

	public List<Operation> findAll(Set<OperationId> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select " + COLUMNS + " from operations where id = any(?)")
			.param(ids.stream().map(OperationId::value).toArray(UUID[]::new))
			.query(Operations::map)
			.list();
	}

	/**
	 * What the access policy needs of each of the operations, read in one query without their plans: for deciding
	 * over thousands of operations at once who may see their details.
	 */
	public List<ProtectedRecord> protectedRecords(Collection<OperationId> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select id, organiser, lead_country, participants, partner_organisations, handling_code
				from operations where id = any(?)""")
			.param(ids.stream().map(OperationId::value).toArray(UUID[]::new))
			.query((rs, row) -> {
				// The countries taking part as the plan counts them: the participants and the lead country.
				var countries = new java.util.TreeSet<>(set(rs.getArray("participants")));
				var lead = rs.getString("lead_country");
				if (lead != null) {
					countries.add(lead);
				}
				return Operation.protectedRecord(new OperationId(rs.getObject("id", UUID.class)),
						rs.getString("organiser"), countries, set(rs.getArray("partner_organisations")),
						HandlingCode.valueOf(rs.getString("handling_code")));
			})
			.list();
	}

	/** Operations matching the filter, by first phase start. */
	public List<Operation> search(OperationFilter filter) {
		var sql = new StringBuilder("select " + COLUMNS + " from operations where true");
		var params = new ArrayList<Object>();
		if (filter.from() != null || filter.to() != null) {
			sql.append(" and phases && daterange(?::date, ?::date, '[]')");
			params.add(filter.from() == null ? null : Date.valueOf(filter.from()));
			params.add(filter.to() == null ? null : Date.valueOf(filter.to()));
		}
		if (filter.organiser() != null) {
			sql.append(" and organiser = ?");
			params.add(filter.organiser());
		}
		if (filter.country() != null) {
			sql.append(" and (lead_country = ? or ? = any(participants))");
			params.add(filter.country());
			params.add(filter.country());
		}
		if (filter.riskArea() != null) {
			sql.append(" and risk_areas && ?::text[]");
			params.add(reference.riskAreaAndNarrower(filter.riskArea()).toArray(String[]::new));
		}
		if (filter.transportMode() != null) {
			sql.append(" and transport_modes && ?::text[]");
			params.add(reference.transportModeAndNarrower(filter.transportMode()).toArray(String[]::new));
		}
		if (filter.type() != null) {
			sql.append(" and type = ?");
			params.add(filter.type().name());
		}
		if (filter.text() != null && !filter.text().isBlank()) {
			sql.append(" and name ilike ? escape '\\'");
			params.add(Texts.likeContaining(filter.text().strip()));
		}
		sql.append(" order by lower(phases), name");
		return jdbc.sql(sql.toString()).params(params).query(Operations::map).list();
	}

	/** Every operation changed after the given change number, for keeping the deconfliction index in step. */
	public long changesSince(long changeSeq, Consumer<Operation> consumer, Consumer<Long> seenSeq) {
		var last = new long[] { changeSeq };
		jdbc.sql("select " + COLUMNS + " from operations where change_seq > ? order by change_seq")
			.param(changeSeq)
			.query(rs -> {
				consumer.accept(map(rs, 0));
				last[0] = Math.max(last[0], rs.getLong("change_seq"));
			});
		seenSeq.accept(last[0]);
		return last[0];
	}

	static Operation map(ResultSet rs, int row) throws SQLException {
		var plan = new OperationPlan(rs.getString("name"), OperationType.valueOf(rs.getString("type")),
				rs.getString("organiser"), rs.getString("lead_country"), set(rs.getArray("participants")),
				set(rs.getArray("partner_organisations")), Competence.valueOf(rs.getString("competence")),
				PolicyDomain.valueOf(rs.getString("domain")), rs.getString("contact_point"),
				rs.getString("external_id"), set(rs.getArray("risk_areas")), set(rs.getArray("transport_modes")),
				set(rs.getArray("locations")), PhaseRanges.fromSql(rs.getString("phases")), rs.getString("objectives"));
		return new Operation(new OperationId(rs.getObject("id", UUID.class)), plan, OperationStatus.valueOf(rs.getString("status")),
				HandlingCode.valueOf(rs.getString("handling_code")), rs.getDate("first_known").toLocalDate(),
				rs.getLong("version"));
	}

	private static Set<String> set(Array array) throws SQLException {
		return new LinkedHashSet<>(Arrays.asList((String[]) array.getArray()));
	}

	private static String[] array(Set<String> values) {
		return values.toArray(String[]::new);
	}
}
