package eu.jcohub.followup.debriefing;

import eu.jcohub.followup.FollowupAuditVocabulary;
import eu.jcohub.followup.ReportFigures;
import eu.jcohub.shared.InvalidInput;
import eu.jcohub.shared.OperationId;
import eu.jcohub.shared.RecordChanged;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The reports picked as the debriefing's workshop case studies: only validated reports of the operation. */
@Service
public class CaseStudies {

	private final DebriefingAccess access;
	private final ReportFigures figures;
	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	CaseStudies(DebriefingAccess access, ReportFigures figures, JdbcClient jdbc, ApplicationEventPublisher events,
			Clock clock) {
		this.access = access;
		this.figures = figures;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	public List<CaseStudy> of(OperationId id) {
		access.requireRead(id);
		return jdbc.sql("select * from followup_case_studies where operation_id = ? order by picked_at, report_id")
			.param(id.value())
			.query((rs, row) -> new CaseStudy(rs.getObject("report_id", UUID.class), rs.getString("note"),
					rs.getString("picked_by"), rs.getTimestamp("picked_at").toInstant()))
			.list();
	}

	@Transactional
	public CaseStudy pick(OperationId id, @Nullable UUID reportId, @Nullable String note) {
		var operation = access.requireEdit(id);
		var text = note == null ? "" : note.strip();
		var errors = new InvalidInput.Collector().text("note", text, 2000);
		if (reportId == null || figures.of(reportId).filter(r -> r.operationId().equals(id)).isEmpty()) {
			errors.reject("reportId", "choose a validated report of this operation");
		}
		errors.throwIfAny();
		var picked = new CaseStudy(reportId, text, access.username(), Instant.now(clock));
		jdbc.sql("""
				insert into followup_case_studies (operation_id, report_id, note, picked_by, picked_at) values (?, ?, ?, ?, ?)
				on conflict (operation_id, report_id) do update set note = excluded.note, picked_by = excluded.picked_by,
				       picked_at = excluded.picked_at""")
			.params(id.value(), reportId, text, picked.pickedBy(), Timestamp.from(picked.pickedAt()))
			.update();
		events.publishEvent(RecordChanged.updated(FollowupAuditVocabulary.DEBRIEFING, id.toString(), Map.of(),
				Map.of("caseStudy", reportId.toString(), "note", text))
			.ownedBy(operation.plan().organiser()).labelled(operation.plan().name()));
		return picked;
	}

	@Transactional
	public void unpick(OperationId id, UUID reportId) {
		var operation = access.requireEdit(id);
		int removed = jdbc.sql("delete from followup_case_studies where operation_id = ? and report_id = ?")
			.params(id.value(), reportId).update();
		if (removed > 0) {
			events.publishEvent(RecordChanged.updated(FollowupAuditVocabulary.DEBRIEFING, id.toString(),
					Map.of("caseStudy", reportId.toString()), Map.of())
				.ownedBy(operation.plan().organiser()).labelled(operation.plan().name()));
		}
	}
}
