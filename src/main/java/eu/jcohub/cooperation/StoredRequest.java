package eu.jcohub.cooperation;

import eu.jcohub.access.HandlingCode;
import eu.jcohub.access.OperationCircle;
import eu.jcohub.access.ProtectedRecord;
import eu.jcohub.shared.DomainRuleViolation;
import eu.jcohub.shared.InvalidInput;
import eu.jcohub.shared.OperationId;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A request for a special form as stored, guarding its own steps: statuses only move forward, and each step's day
 * is neither before the step before it nor in the future.
 */
final class StoredRequest {

	final UUID id;
	final OperationId operationId;
	final @Nullable UUID seizureReport;
	final boolean inJco;
	final Article article;
	final String requesting;
	final String requested;
	final List<String> involved;
	RequestStatus status;
	@Nullable RequestStatus answer;
	final LocalDate draftedOn;
	@Nullable LocalDate sentOn;
	@Nullable LocalDate answeredOn;
	@Nullable LocalDate executedOn;
	@Nullable LocalDate closedOn;
	@Nullable String outcome;
	@Nullable String notes;
	final String filedBy;
	final long version;

	StoredRequest(UUID id, OperationId operationId, @Nullable UUID seizureReport, boolean inJco, Article article,
			String requesting, String requested, List<String> involved, RequestStatus status,
			@Nullable RequestStatus answer, LocalDate draftedOn, @Nullable LocalDate sentOn,
			@Nullable LocalDate answeredOn, @Nullable LocalDate executedOn, @Nullable LocalDate closedOn,
			@Nullable String outcome, @Nullable String notes, String filedBy, long version) {
		this.id = id;
		this.operationId = operationId;
		this.seizureReport = seizureReport;
		this.inJco = inJco;
		this.article = article;
		this.requesting = requesting;
		this.requested = requested;
		this.involved = List.copyOf(involved);
		this.status = status;
		this.answer = answer;
		this.draftedOn = draftedOn;
		this.sentOn = sentOn;
		this.answeredOn = answeredOn;
		this.executedOn = executedOn;
		this.closedOn = closedOn;
		this.outcome = outcome;
		this.notes = notes;
		this.filedBy = filedBy;
		this.version = version;
	}

	/**
	 * Owned by the requesting administration; the requested one is named; the police and judicial partners
	 * involved stand as its partners. Nobody else's customs administration reads it by taking part in the operation.
	 */
	ProtectedRecord protect(OperationCircle operation, LocalDate today) {
		return new ProtectedRecord(operationId, requesting, Set.of(), Set.copyOf(involved), HandlingCode.NAMED,
				Set.of(requested), operation.runsOn(today));
	}

	/** Moves to the next status on {@code day}, refusing a step out of order or a day before the last step's. */
	void moveTo(RequestStatus to, LocalDate day, LocalDate today) {
		if (!status.mayMoveTo(to)) {
			throw new DomainRuleViolation("A request that is " + words(status) + " cannot become " + words(to)
					+ (status.next().isEmpty() ? "; it is closed." : "; next it can become "
							+ String.join(" or ", status.next().stream().sorted().map(StoredRequest::words).toList()) + "."));
		}
		if (day.isAfter(today)) {
			throw InvalidInput.of("date", "a step cannot be dated in the future");
		}
		var last = lastStep();
		if (day.isBefore(last)) {
			throw InvalidInput.of("date", "not before " + last + ", the day of the step before");
		}
		switch (to) {
			case SENT -> sentOn = day;
			case ACCEPTED, REFUSED -> {
				answeredOn = day;
				answer = to;
			}
			case EXECUTED -> executedOn = day;
			case CLOSED -> closedOn = day;
			case DRAFT -> throw new IllegalStateException("no step leads back to a draft");
		}
		status = to;
	}

	private LocalDate lastStep() {
		for (var day : new LocalDate[] { closedOn, executedOn, answeredOn, sentOn }) {
			if (day != null) {
				return day;
			}
		}
		return draftedOn;
	}

	private static String words(RequestStatus status) {
		return switch (status) {
			case DRAFT -> "a draft";
			case SENT -> "sent";
			case ACCEPTED -> "accepted";
			case REFUSED -> "refused";
			case EXECUTED -> "executed";
			case CLOSED -> "closed";
		};
	}

	Map<String, Object> auditState() {
		var state = new LinkedHashMap<String, Object>();
		state.put("article", article.number());
		state.put("requesting", requesting);
		state.put("requested", requested);
		state.put("involved", String.join(",", involved));
		state.put("status", status.name());
		put(state, "sentOn", sentOn);
		put(state, "answeredOn", answeredOn);
		put(state, "executedOn", executedOn);
		put(state, "closedOn", closedOn);
		put(state, "outcome", outcome);
		put(state, "notes", notes);
		return state;
	}

	private static void put(Map<String, Object> state, String field, @Nullable Object value) {
		if (value != null) {
			state.put(field, value.toString());
		}
	}

	/** A short name for the trail: the article and the two states, never a person. */
	String label() {
		return "Art. " + article.number() + " " + requesting + " → " + requested;
	}
}
