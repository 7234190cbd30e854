package eu.jcohub.cooperation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The competence matrix in PostgreSQL: one row per member state and article. */
@Repository
class CompetenceStore {

	private static final String COLUMNS = """
			country, article, authorities, decided_by, declaration, contact_point, legal_basis, last_confirmed,
			confirmed_by, demonstration""";
	private final JdbcClient jdbc;

	CompetenceStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<CompetenceEntry> all(LocalDate today) {
		return jdbc.sql("select " + COLUMNS + " from naples_competences order by country, article")
			.query((rs, n) -> entry(rs, today))
			.list();
	}

	List<CompetenceEntry> ofCountry(String country, LocalDate today) {
		return jdbc.sql("select " + COLUMNS + " from naples_competences where country = ? order by article")
			.param(country)
			.query((rs, n) -> entry(rs, today))
			.list();
	}

	Optional<CompetenceEntry> find(String country, Article article, LocalDate today) {
		return jdbc.sql("select " + COLUMNS + " from naples_competences where country = ? and article = ?")
			.params(country, article.number())
			.query((rs, n) -> entry(rs, today))
			.optional();
	}

	boolean isEmpty() {
		return jdbc.sql("select count(*) from naples_competences").query(Long.class).single() == 0;
	}

	void save(CompetenceEntry entry) {
		jdbc.sql("""
				insert into naples_competences (%s) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (country, article) do update set authorities = excluded.authorities,
				  decided_by = excluded.decided_by, declaration = excluded.declaration,
				  contact_point = excluded.contact_point, legal_basis = excluded.legal_basis,
				  last_confirmed = excluded.last_confirmed, confirmed_by = excluded.confirmed_by,
				  demonstration = excluded.demonstration""".formatted(COLUMNS))
			.params(entry.country(), entry.article().number(),
					entry.authorities().stream().map(Enum::name).collect(Collectors.joining(",")),
					entry.decidedBy() == null ? null : entry.decidedBy().name(), entry.declaration(),
					entry.contactPoint(), entry.legalBasis(), entry.lastConfirmed(), entry.confirmedBy(),
					entry.demonstration())
			.update();
	}

	private static CompetenceEntry entry(ResultSet rs, LocalDate today) throws SQLException {
		var confirmed = rs.getObject("last_confirmed", LocalDate.class);
		@Nullable String decidedBy = rs.getString("decided_by");
		return new CompetenceEntry(rs.getString("country"), Article.of(rs.getInt("article"), "article"),
				Arrays.stream(rs.getString("authorities").split(",")).filter(s -> !s.isBlank()).map(Authority::valueOf)
					.toList(),
				decidedBy == null ? null : Authority.valueOf(decidedBy), rs.getString("declaration"),
				rs.getString("contact_point"), rs.getString("legal_basis"), confirmed, rs.getString("confirmed_by"),
				CompetenceEntry.toReconfirm(confirmed, today), rs.getBoolean("demonstration"));
	}
}
