package eu.jcohub.seizures;

import eu.jcohub.shared.OperationId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Risk profiles in PostgreSQL, every version a row. */
@Repository
class RiskProfileStore {

	private static final String COLUMNS = """
			id, profile_id, version, phase, name, risk_area, transport_mode, route_from, route_to, commodity_codes,
			indicators, owner, created_by, created_at""";
	private final JdbcClient jdbc;

	RiskProfileStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(OperationId operation, RiskProfileView version) {
		jdbc.sql("insert into risk_profiles (operation_id, " + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(operation.value(), version.id(), version.profileId(), version.version(), version.phase(),
					version.name(), version.riskArea(), version.transportMode(), version.routeFrom(), version.routeTo(),
					version.commodityCodes().toArray(String[]::new), version.indicators(), version.owner(),
					version.createdBy(), Timestamp.from(version.createdAt()))
			.update();
	}

	/** Every version of the operation's profiles, by profile and version. */
	List<RiskProfileView> of(OperationId operation) {
		return jdbc.sql("select " + COLUMNS + " from risk_profiles where operation_id = ? order by name, profile_id, version")
			.param(operation.value())
			.query(RiskProfileStore::map)
			.list();
	}

	/**
	 * The latest version of the profile, and its operation; {@code id} is the profile's, or that of any of its
	 * versions (what a list of versions shows as {@code id}).
	 */
	Optional<Latest> latest(UUID id) {
		return jdbc.sql("select operation_id, " + COLUMNS + " from risk_profiles where profile_id = coalesce("
				+ "(select profile_id from risk_profiles where id = ?), ?) order by version desc limit 1")
			.param(id)
			.param(id)
			.query((rs, row) -> new Latest(new OperationId(rs.getObject("operation_id", UUID.class)), map(rs, row)))
			.optional();
	}

	record Latest(OperationId operationId, RiskProfileView version) {
	}

	private static RiskProfileView map(ResultSet rs, int row) throws SQLException {
		return new RiskProfileView(rs.getObject("id", UUID.class), rs.getObject("profile_id", UUID.class),
				rs.getInt("version"), rs.getInt("phase"), rs.getString("name"), rs.getString("risk_area"),
				rs.getString("transport_mode"), rs.getString("route_from"), rs.getString("route_to"),
				Arrays.asList((String[]) rs.getArray("commodity_codes").getArray()), rs.getString("indicators"),
				rs.getString("owner"), rs.getString("created_by"), rs.getTimestamp("created_at").toInstant());
	}
}
