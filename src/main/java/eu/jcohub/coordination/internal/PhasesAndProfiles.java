package eu.jcohub.coordination.internal;

import eu.jcohub.seizures.PhaseClosed;
import eu.jcohub.seizures.PhaseOpened;
import eu.jcohub.seizures.RiskProfileVersioned;
import eu.jcohub.shared.OperationId;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The reporting side's phases and risk profiles as this module keeps them: each profile's latest version per phase,
 * and when each phase opened and closed. Events may arrive twice or out of order; an older version never replaces
 * a newer one.
 */
@Repository
public class PhasesAndProfiles {

	private final JdbcClient jdbc;

	PhasesAndProfiles(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void versioned(RiskProfileVersioned profile) {
		jdbc.sql("""
				insert into coordination_profiles (profile_id, phase, operation_id, version, name) values (?, ?, ?, ?, ?)
				on conflict (profile_id, phase) do update set version = excluded.version, name = excluded.name
				where coordination_profiles.version <= excluded.version""")
			.params(profile.profileId(), profile.phase(), profile.operationId().value(), profile.version(), profile.name())
			.update();
	}

	/** A profile first heard of through a report that names it: known by the name the report gives, until versioned. */
	void namedInReport(OperationId operationId, int phase, UUID profileId, String name) {
		jdbc.sql("""
				insert into coordination_profiles (profile_id, phase, operation_id, version, name) values (?, ?, ?, 0, ?)
				on conflict (profile_id, phase) do nothing""")
			.params(profileId, phase, operationId.value(), name)
			.update();
	}

	void opened(PhaseOpened opened) {
		jdbc.sql("""
				insert into coordination_phases (operation_id, phase, opened_at) values (?, ?, ?)
				on conflict (operation_id, phase) do update set opened_at = excluded.opened_at""")
			.params(opened.operationId().value(), opened.phase(), Timestamp.from(opened.at()))
			.update();
	}

	void closed(PhaseClosed closed) {
		jdbc.sql("""
				insert into coordination_phases (operation_id, phase, closed_at, last) values (?, ?, ?, ?)
				on conflict (operation_id, phase) do update set closed_at = excluded.closed_at, last = excluded.last""")
			.params(closed.operationId().value(), closed.phase(), Timestamp.from(closed.at()), closed.last())
			.update();
	}

	/** The profiles of a phase, by name. */
	public List<Profile> profiles(OperationId operationId, int phase) {
		return jdbc.sql("""
				select profile_id, version, name from coordination_profiles where operation_id = ? and phase = ?
				order by lower(name), profile_id""")
			.params(operationId.value(), phase)
			.query((rs, n) -> new Profile(rs.getObject("profile_id", UUID.class), rs.getInt("version"),
					rs.getString("name")))
			.list();
	}

	/** Every profile's latest name, whatever the phase. */
	public Optional<String> nameOf(UUID profileId) {
		return jdbc.sql("select name from coordination_profiles where profile_id = ? order by phase desc, version desc limit 1")
			.param(profileId)
			.query(String.class)
			.optional();
	}

	public List<PhaseDates> phases(OperationId operationId) {
		return jdbc.sql("select phase, opened_at, closed_at, last from coordination_phases where operation_id = ? order by phase")
			.param(operationId.value())
			.query((rs, n) -> new PhaseDates(rs.getInt("phase"), instant(rs.getTimestamp("opened_at")),
					instant(rs.getTimestamp("closed_at")), rs.getBoolean("last")))
			.list();
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	public record Profile(UUID id, int version, String name) {
	}

	public record PhaseDates(int phase, @Nullable Instant openedAt, @Nullable Instant closedAt, boolean last) {
	}
}
