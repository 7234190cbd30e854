package eu.jcohub.funding.internal;

import eu.jcohub.funding.ApplicationStatus;
import eu.jcohub.funding.FundingApplication;
import eu.jcohub.shared.OperationId;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Applications to programmes. */
@Repository
public class ApplicationStore {

	private final JdbcClient jdbc;

	ApplicationStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<FundingApplication> of(OperationId operation) {
		return jdbc.sql("select * from funding_applications where operation_id = ? order by submitted_on nulls last, id")
			.param(operation.value())
			.query(ApplicationStore::map)
			.list();
	}

	public Optional<FundingApplication> find(UUID id) {
		return jdbc.sql("select * from funding_applications where id = ?").param(id).query(ApplicationStore::map).optional();
	}

	/** Every application granted in full or in part, with both its dates: the history of lead times. */
	public List<FundingApplication> grants() {
		return jdbc.sql("""
				select * from funding_applications where status in ('GRANTED', 'PARTLY_GRANTED')
				and submitted_on is not null and decided_on is not null order by decided_on""")
			.query(ApplicationStore::map)
			.list();
	}

	public void save(FundingApplication application, String by, Instant at) {
		jdbc.sql("""
				insert into funding_applications (id, operation_id, programme_code, requested_eur, submitted_on, decided_on,
				    granted_eur, status, documents, updated_by, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (id) do update set programme_code = excluded.programme_code,
				    requested_eur = excluded.requested_eur, submitted_on = excluded.submitted_on,
				    decided_on = excluded.decided_on, granted_eur = excluded.granted_eur, status = excluded.status,
				    documents = excluded.documents, updated_by = excluded.updated_by, updated_at = excluded.updated_at""")
			.params(application.id(), application.operationId().value(), application.programme(), application.requested(),
					date(application.submittedOn()), date(application.decidedOn()), application.granted(),
					application.status().name(), application.documents(), by, Timestamp.from(at))
			.update();
	}

	private static @Nullable Date date(@Nullable LocalDate day) {
		return day == null ? null : Date.valueOf(day);
	}

	private static FundingApplication map(ResultSet rs, int row) throws SQLException {
		var submitted = rs.getDate("submitted_on");
		var decided = rs.getDate("decided_on");
		return new FundingApplication(rs.getObject("id", UUID.class), new OperationId(rs.getObject("operation_id", UUID.class)),
				rs.getString("programme_code"), rs.getBigDecimal("requested_eur"),
				submitted == null ? null : submitted.toLocalDate(), decided == null ? null : decided.toLocalDate(),
				rs.getBigDecimal("granted_eur"), ApplicationStatus.valueOf(rs.getString("status")), rs.getString("documents"));
	}
}
