package eu.jcohub.exchange;

import java.sql.Timestamp;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The revision of each other body's event last imported, by organiser and the event's UID. */
@Repository
class EventRevisions {

	private final JdbcClient jdbc;

	EventRevisions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Revision> find(String organiser, String externalId) {
		return jdbc.sql("select sequence, modified from exchange_event_revisions where organiser = ? and external_id = ?")
			.params(organiser, externalId)
			.query((rs, n) -> new Revision(rs.getInt("sequence"),
					rs.getTimestamp("modified") == null ? null : rs.getTimestamp("modified").toInstant()))
			.optional();
	}

	void save(String organiser, String externalId, Revision revision) {
		jdbc.sql("""
				insert into exchange_event_revisions (organiser, external_id, sequence, modified) values (?, ?, ?, ?)
				on conflict (organiser, external_id) do update set sequence = excluded.sequence, modified = excluded.modified""")
			.params(organiser, externalId, revision.sequence(),
					revision.modified() == null ? null : Timestamp.from(revision.modified()))
			.update();
	}
}
