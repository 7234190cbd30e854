package eu.jcohub.funding;

import eu.jcohub.operations.OperationView;
import eu.jcohub.shared.InvalidInput;
import eu.jcohub.shared.Texts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Checks an application as typed, whole, naming every wrong field: amounts in euro and cents, a grant no larger than
 * the request, a decision not before the submission and neither in the future, dates that fit the status, and a
 * programme in force on the operation's days.
 */
final class ApplicationChecker {

	private final Function<String, Optional<Programme>> programmes;
	private final Words words;
	private final Function<LocalDate, String> day;
	private final LocalDate today;

	ApplicationChecker(Function<String, Optional<Programme>> programmes, Words words, Function<LocalDate, String> day,
			LocalDate today) {
		this.programmes = programmes;
		this.words = words;
		this.day = day;
		this.today = today;
	}

	FundingApplication check(UUID id, OperationView operation, ApplicationDraft draft,
			@Nullable FundingApplication before) {
		var errors = new InvalidInput.Collector();
		var programme = programme(draft, before, operation, errors);
		var requested = draft.requested() != null ? amount("requested", draft.requested(), errors)
				: before == null ? amount("requested", null, errors) : before.requested();
		var granted = draft.granted() != null ? optionalAmount("granted", draft.granted(), errors)
				: before == null ? null : before.granted();
		var submitted = draft.submittedOn() != null ? day("submittedOn", draft.submittedOn(), errors)
				: before == null ? null : before.submittedOn();
		var decided = draft.decidedOn() != null ? day("decidedOn", draft.decidedOn(), errors)
				: before == null ? null : before.decidedOn();
		var status = status(draft, before, submitted, errors);
		errors.text("documents", draft.documents(), Funding.MAX_NOTE);
		if (status != null) {
			agree(status, requested, granted, submitted, decided, errors);
		}
		errors.throwIfAny();
		var documents = draft.documents() != null ? draft.documents().strip() : before == null ? "" : before.documents();
		return new FundingApplication(id, operation.id(), Objects.requireNonNull(programme).code(),
				Objects.requireNonNull(requested), submitted, decided, granted, Objects.requireNonNull(status), documents);
	}

	/** The dates, amounts and status must tell one story. */
	private void agree(ApplicationStatus status, @Nullable BigDecimal requested, @Nullable BigDecimal granted,
			@Nullable LocalDate submitted, @Nullable LocalDate decided, InvalidInput.Collector errors) {
		var statusName = words.text("funding.status." + status);
		if (requested != null && granted != null && granted.compareTo(requested) > 0) {
			errors.reject("granted", words.text("funding.application.grantTooLarge", Money.format(requested)));
		}
		if (submitted != null && decided != null && decided.isBefore(submitted)) {
			errors.reject("decidedOn", words.text("funding.application.decisionBeforeSubmission", day.apply(submitted)));
		}
		if (status.submitted() && submitted == null) {
			errors.reject("submittedOn", words.text("funding.application.submittedOnRequired", statusName));
		}
		if (status.decided() && decided == null) {
			errors.reject("decidedOn", words.text("funding.application.decidedOnRequired", statusName));
		}
		if (!status.decided() && decided != null) {
			errors.reject("decidedOn", words.text("funding.application.notDecided", statusName));
		}
		if (status.funds() && granted == null) {
			errors.reject("granted", words.text("funding.application.grantRequired", statusName));
		}
		if (!status.funds() && granted != null) {
			errors.reject("granted", words.text("funding.application.grantOnlyWhenGranted", statusName));
		}
		if (status == ApplicationStatus.PARTLY_GRANTED && granted != null && requested != null
				&& granted.compareTo(requested) >= 0) {
			errors.reject("granted", words.text("funding.application.partlyLess", Money.format(requested)));
		}
		if (status == ApplicationStatus.GRANTED && granted != null && requested != null && granted.compareTo(requested) < 0) {
			errors.reject("granted", words.text("funding.application.grantedInFull", Money.format(requested)));
		}
	}

	private @Nullable Programme programme(ApplicationDraft draft, @Nullable FundingApplication before, OperationView operation,
			InvalidInput.Collector errors) {
		var code = draft.programme() != null ? draft.programme().strip() : before == null ? "" : before.programme();
		var programme = programmes.apply(code);
		if (programme.isEmpty()) {
			errors.reject("programme", words.text("funding.application.programme.unknown"));
			return null;
		}
		var facts = Funding.facts(operation);
		var found = programme.get();
		if (!found.validDuring(facts.firstDay(), facts.lastDay())) {
			errors.reject("programme", found.validTo() == null
					? words.text("funding.application.programme.notYetInForce", found.name(), day.apply(found.validFrom()),
							day.apply(facts.firstDay()))
					: words.text("funding.application.programme.notInForce", found.name(), day.apply(found.validFrom()),
							day.apply(found.validTo()), day.apply(facts.firstDay()), day.apply(facts.lastDay())));
		}
		return found;
	}

	private @Nullable BigDecimal amount(String field, @Nullable String typed, InvalidInput.Collector errors) {
		var parsed = Money.parse(typed);
		if (parsed.problem() != null) {
			errors.reject(field, words.text(parsed.problem()));
		}
		return parsed.amount();
	}

	private @Nullable BigDecimal optionalAmount(String field, String typed, InvalidInput.Collector errors) {
		return typed.isBlank() ? null : amount(field, typed, errors);
	}

	private @Nullable LocalDate day(String field, String typed, InvalidInput.Collector errors) {
		if (typed.isBlank()) {
			return null;
		}
		if (!Texts.storable(typed)) {
			errors.reject(field, words.text("funding.date.invalid"));
			return null;
		}
		try {
			var day = LocalDate.parse(typed.strip());
			if (day.isAfter(today)) {
				errors.reject(field, words.text("funding.date.future"));
			}
			return day;
		}
		catch (DateTimeParseException e) {
			errors.reject(field, words.text("funding.date.invalid"));
			return null;
		}
	}

	private @Nullable ApplicationStatus status(ApplicationDraft draft, @Nullable FundingApplication before,
			@Nullable LocalDate submitted, InvalidInput.Collector errors) {
		if (draft.status() == null || draft.status().isBlank()) {
			return before != null ? before.status() : submitted != null ? ApplicationStatus.SUBMITTED : ApplicationStatus.DRAFT;
		}
		var status = Codes.parse(ApplicationStatus.class, draft.status());
		if (status.isEmpty()) {
			errors.reject("status", words.text("funding.status.unknown"));
		}
		return status.orElse(null);
	}
}
