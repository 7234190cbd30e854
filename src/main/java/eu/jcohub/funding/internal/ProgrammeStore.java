package eu.jcohub.funding.internal;

import eu.jcohub.funding.CostCategory;
import eu.jcohub.funding.Programme;
import eu.jcohub.operations.Competence;
import eu.jcohub.operations.PolicyDomain;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The programme catalogue, in the order it is shown. */
@Repository
public class ProgrammeStore {

	private final JdbcClient jdbc;

	ProgrammeStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Programme> all() {
		return jdbc.sql("select * from funding_programmes order by position, code").query(ProgrammeStore::map).list();
	}

	public Optional<Programme> find(String code) {
		return jdbc.sql("select * from funding_programmes where code = ?").param(code).query(ProgrammeStore::map)
			.optional();
	}

	private static Programme map(ResultSet rs, int row) throws SQLException {
		var validTo = rs.getDate("valid_to");
		return new Programme(rs.getString("code"), rs.getString("name"), rs.getDate("valid_from").toLocalDate(),
				validTo == null ? null : validTo.toLocalDate(), rs.getBigDecimal("coverage_percent"),
				codes(rs, "competences", Competence::valueOf), codes(rs, "domains", PolicyDomain::valueOf),
				codes(rs, "eligible_categories", CostCategory::valueOf), rs.getInt("typical_lead_days"),
				rs.getString("notes"));
	}

	private static <T> Set<T> codes(ResultSet rs, String column, Function<String, T> parse) throws SQLException {
		return Arrays.stream((String[]) rs.getArray(column).getArray()).map(parse).collect(Collectors.toSet());
	}
}
