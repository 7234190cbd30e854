package eu.jcohub.analytics.internal;

import eu.jcohub.followup.CaseOutcomes;
import eu.jcohub.shared.OperationId;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The other modules' figures per operation: invitations, conflicts, funding applications, Naples II requests and
 * case outcomes. An operation's rows are replaced as a whole by its figures as they stand, so reading them again
 * (an event delivered twice, a changed answer or decision) leaves each counted once, as it now is.
 */
@Repository
public class FigureStore {

	private static final long FIGURES_LOCK = 0x414e414649475352L;

	private final JdbcClient jdbc;

	FigureStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Replaces everything counted of the operation by its figures. */
	@Transactional
	public void replace(OperationFigures figures, Instant readAt) {
		var id = figures.id().value();
		// One lock for every replacement: two deliveries at once must not interleave their deletes and inserts, and
		// two operations in conflict share their pair's row (a lock per operation would let them deadlock).
		jdbc.sql("select pg_advisory_xact_lock(?)").param(FIGURES_LOCK).query(Object.class).single();
		jdbc.sql("delete from analytics_invitations where operation_id = ?").param(id).update();
		for (var invitation : figures.invitations()) {
			jdbc.sql("""
					insert into analytics_invitations (operation_id, organisation, state, decline_reason)
					values (?, ?, ?, ?) on conflict (operation_id, organisation) do update
					set state = excluded.state, decline_reason = excluded.decline_reason""")
				.params(id, invitation.organisation(), invitation.state().name(),
						invitation.reason() == null ? null : invitation.reason().name())
				.update();
		}
		jdbc.sql("delete from analytics_conflicts where operation_a = ? or operation_b = ?").params(id, id).update();
		for (var conflict : figures.conflicts()) {
			var pair = ordered(id, conflict.otherOperationId().value());
			jdbc.sql("""
					insert into analytics_conflicts (operation_a, operation_b, resolution) values (?, ?, ?)
					on conflict (operation_a, operation_b) do update set resolution = excluded.resolution""")
				.params(pair[0], pair[1], conflict.resolution() == null ? null : conflict.resolution().name())
				.update();
		}
		jdbc.sql("delete from analytics_funding where operation_id = ?").param(id).update();
		figures.funding().stream().filter(a -> a.status().submitted()).forEach(a -> jdbc.sql("""
				insert into analytics_funding (application_id, operation_id, programme, requested, decided, granted,
				       days_to_decision)
				values (?, ?, ?, ?, ?, ?, ?) on conflict (application_id) do nothing""")
			.params(a.id(), id, a.programme(), a.requested(), a.status().decided(),
					a.status().funds() ? a.granted() : null, a.daysToDecision().map(Long::intValue).orElse(null))
			.update());
		jdbc.sql("delete from analytics_naples where operation_id = ?").param(id).update();
		figures.naplesPerArticle().forEach((article, requests) -> jdbc.sql(
				"insert into analytics_naples (operation_id, article, requests) values (?, ?, ?)")
			.params(id, article, requests).update());
		var c = figures.cases();
		jdbc.sql("""
				insert into analytics_cases (operation_id, cases, closed, charged, convictions, acquittals,
				       penalties_eur, recovered_eur, assets_seized_eur)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (operation_id) do update set cases = excluded.cases,
				       closed = excluded.closed, charged = excluded.charged, convictions = excluded.convictions,
				       acquittals = excluded.acquittals, penalties_eur = excluded.penalties_eur,
				       recovered_eur = excluded.recovered_eur, assets_seized_eur = excluded.assets_seized_eur""")
			.params(id, c.cases(), c.closed(), c.charged(), c.convictions(), c.acquittals(), c.penaltiesEur(),
					c.recoveredEur(), c.assetsSeizedEur())
			.update();
		jdbc.sql("""
				insert into analytics_figures_read (operation_id, read_at) values (?, ?)
				on conflict (operation_id) do update set read_at = excluded.read_at""")
			.params(id, Timestamp.from(readAt)).update();
	}

	/** Of these operations, the ones whose figures were never read. */
	Set<OperationId> unread(Collection<OperationId> operations) {
		if (operations.isEmpty()) {
			return Set.of();
		}
		var read = jdbc.sql("select operation_id from analytics_figures_read where operation_id = any(?)")
			.param(ids(operations)).query(UUID.class).set();
		return operations.stream().filter(o -> !read.contains(o.value())).collect(Collectors.toSet());
	}

	/** Invitations per administration and state. */
	public List<InvitationCount> invitations(Collection<OperationId> operations) {
		if (operations.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select organisation, state, decline_reason, count(*) as n from analytics_invitations
				where operation_id = any(?) group by organisation, state, decline_reason""")
			.param(ids(operations))
			.query((rs, row) -> new InvitationCount(rs.getString("organisation"), rs.getString("state"),
					rs.getString("decline_reason"), rs.getLong("n")))
			.list();
	}

	/** The operations (of these) whose invitation the administration declined, with the reason given. */
	public Map<OperationId, @Nullable String> declinedBy(String organisation, Collection<OperationId> operations) {
		var declined = new TreeMap<OperationId, @Nullable String>(java.util.Comparator.comparing(OperationId::value));
		if (operations.isEmpty()) {
			return declined;
		}
		jdbc.sql("""
				select operation_id, decline_reason from analytics_invitations
				where organisation = ? and state = 'DECLINED' and operation_id = any(?)""")
			.params(organisation, ids(operations))
			.query(rs -> {
				declined.put(OperationId.of(rs.getObject("operation_id", UUID.class)), rs.getString("decline_reason"));
			});
		return declined;
	}

	/** The pairs in conflict of which at least one is among the operations, counted per resolution ("" unresolved). */
	public Map<String, Long> conflicts(Collection<OperationId> operations) {
		var counts = new TreeMap<String, Long>();
		if (operations.isEmpty()) {
			return counts;
		}
		var ids = ids(operations);
		jdbc.sql("""
				select coalesce(resolution, '') as resolution, count(*) as n from analytics_conflicts
				where operation_a = any(?) or operation_b = any(?) group by coalesce(resolution, '')""")
			.params(ids, ids)
			.query(rs -> {
				counts.put(rs.getString("resolution"), rs.getLong("n"));
			});
		return counts;
	}

	/** The submitted funding applications of the operations. */
	public List<FundingRow> funding(Collection<OperationId> operations) {
		if (operations.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select programme, requested, decided, granted, days_to_decision from analytics_funding
				where operation_id = any(?)""")
			.param(ids(operations))
			.query((rs, row) -> new FundingRow(rs.getString("programme"), rs.getBigDecimal("requested"),
					rs.getBoolean("decided"), rs.getBigDecimal("granted"),
					rs.getObject("days_to_decision") == null ? null : rs.getInt("days_to_decision")))
			.list();
	}

	/** Naples II requests per article number. */
	public Map<Integer, Long> naples(Collection<OperationId> operations) {
		var counts = new TreeMap<Integer, Long>();
		if (operations.isEmpty()) {
			return counts;
		}
		jdbc.sql("""
				select article, sum(requests) as n from analytics_naples where operation_id = any(?) and requests > 0
				group by article""")
			.param(ids(operations))
			.query(rs -> {
				counts.put(rs.getInt("article"), rs.getLong("n"));
			});
		return counts;
	}

	/** The cases' outcomes of the operations, summed. */
	public CaseOutcomes cases(Collection<OperationId> operations) {
		if (operations.isEmpty()) {
			return CaseOutcomes.NONE;
		}
		return jdbc.sql("""
				select coalesce(sum(cases), 0) as cases, coalesce(sum(closed), 0) as closed,
				       coalesce(sum(charged), 0) as charged, coalesce(sum(convictions), 0) as convictions,
				       coalesce(sum(acquittals), 0) as acquittals, coalesce(sum(penalties_eur), 0) as penalties,
				       coalesce(sum(recovered_eur), 0) as recovered, coalesce(sum(assets_seized_eur), 0) as assets
				from analytics_cases where operation_id = any(?)""")
			.param(ids(operations))
			.query((rs, row) -> new CaseOutcomes(rs.getInt("cases"), rs.getInt("closed"), rs.getInt("charged"),
					rs.getInt("convictions"), rs.getInt("acquittals"), money(rs.getBigDecimal("penalties")),
					money(rs.getBigDecimal("recovered")), money(rs.getBigDecimal("assets"))))
			.single();
	}

	private static BigDecimal money(BigDecimal amount) {
		return amount.setScale(Math.max(2, amount.scale()), java.math.RoundingMode.UNNECESSARY);
	}

	private static UUID[] ids(Collection<OperationId> operations) {
		return operations.stream().map(OperationId::value).toArray(UUID[]::new);
	}

	/** PostgreSQL orders uuids byte by byte, as their text does. */
	private static UUID[] ordered(UUID a, UUID b) {
		return a.toString().compareTo(b.toString()) < 0 ? new UUID[] { a, b } : new UUID[] { b, a };
	}

	/** Invitations of one administration in one state (and decline reason). */
	public record InvitationCount(String organisation, String state, @Nullable String reason, long count) {
	}

	/** One submitted funding application. */
	public record FundingRow(String programme, BigDecimal requested, boolean decided, @Nullable BigDecimal granted,
			@Nullable Integer daysToDecision) {
	}
}
