package eu.jcohub.seizures;

import eu.jcohub.shared.OperationId;
import eu.jcohub.shared.RecordChanged;
import eu.jcohub.access.OperationCircle;
import eu.jcohub.operations.OperationRegister;
import eu.jcohub.protection.PersonalDataCategory;
import eu.jcohub.protection.PersonalDataStore;
import eu.jcohub.protection.RetentionHold;
import eu.jcohub.protection.RetentionRules;
import eu.jcohub.protection.SubjectMention;
import eu.jcohub.protection.SubjectQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Optional;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seizure reports under the retention rules: the persons and companies in a report are erased once the owner's
 * period has run from the end of the operation, or from the closure of the last investigation case using the
 * report when that is later; a report with a case still open keeps them.
 */
@Component
class SeizureRetention implements PersonalDataStore {

	private final SeizureStore store;
	private final OperationRegister operations;
	private final ApplicationEventPublisher events;
	private final List<RetentionHold> holds;

	SeizureRetention(SeizureStore store, OperationRegister operations, ApplicationEventPublisher events,
			List<RetentionHold> holds) {
		this.holds = holds;
		this.store = store;
		this.operations = operations;
		this.events = events;
	}

	@Override
	@Transactional
	public List<Anonymisation> enforce(RetentionRules.Periods rules, LocalDate today) {
		var done = new ArrayList<Anonymisation>();
		for (var category : PersonalDataCategory.values()) {
			var holding = store.holding(category);
			var circles = circlesOf(holding);
			var held = heldOf(holding);
			for (var report : holding) {
				var retainedFrom = circles.get(report.operationId()).lastDay();
				if (held.containsKey(report.id())) {
					var lastUse = held.get(report.id());
					if (lastUse.isEmpty()) {
						continue;
					}
					retainedFrom = lastUse.get().isAfter(retainedFrom) ? lastUse.get() : retainedFrom;
				}
				int years = rules.yearsFor(report.owner(), category);
				if (retainedFrom.plusYears(years).isAfter(today)) {
					continue;
				}
				var before = report.auditState();
				report.anonymise(category);
				if (store.update(report)) {
					events.publishEvent(new RecordChanged(SeizureAuditVocabulary.SEIZURE_REPORT, report.id().toString(),
							SeizureAuditVocabulary.ANONYMISED, before, report.auditState()).ownedBy(report.owner())
						.labelled(report.reference()));
					done.add(new Anonymisation(SeizureAuditVocabulary.SEIZURE_REPORT.code(), report.id().toString(), report.owner(), category,
							retainedFrom, years));
				}
			}
		}
		return done;
	}

	@Override
	public List<SubjectMention> mentions(String owner, SubjectQuery query) {
		var number = query.number() == null ? null : SubjectQuery.normalisedNumber(query.number());
		var found = store.mentioning(owner, query.name(), query.birthDate(), number);
		var circles = circlesOf(found);
		return found.stream().map(report -> new SubjectMention(SeizureAuditVocabulary.SEIZURE_REPORT.code(), report.id().toString(),
				report.reference(), report.operationId(), circles.get(report.operationId()).name(),
				"/seizures/" + report.id(), matched(report.subject(), query, number), !report.anonymised().isEmpty()))
			.toList();
	}

	private static List<String> matched(Subject subject, SubjectQuery query, String number) {
		var fields = new ArrayList<String>();
		if (query.name() != null) {
			var name = query.name().toLowerCase(Locale.ROOT);
			if (subject.personName() != null && subject.personName().toLowerCase(Locale.ROOT).contains(name)) {
				fields.add("personName");
			}
			if (subject.companyName() != null && subject.companyName().toLowerCase(Locale.ROOT).contains(name)) {
				fields.add("companyName");
			}
		}
		if (query.birthDate() != null) {
			fields.add("personBirthDate");
		}
		if (number != null) {
			if (subject.documentNumber() != null && SubjectQuery.normalisedNumber(subject.documentNumber()).equals(number)) {
				fields.add("documentNumber");
			}
			if (subject.companyRegistrationNumber() != null
					&& SubjectQuery.normalisedNumber(subject.companyRegistrationNumber()).equals(number)) {
				fields.add("companyRegistrationNumber");
			}
		}
		return fields;
	}

	/** The reports in use elsewhere: empty while a use goes on, else the day the last one ended. */
	private Map<UUID, Optional<LocalDate>> heldOf(List<SeizureReport> reports) {
		var ids = reports.stream().map(SeizureReport::id).toList();
		var held = new HashMap<UUID, Optional<LocalDate>>();
		for (var hold : holds) {
			hold.holds(SeizureAuditVocabulary.SEIZURE_REPORT.code(), ids).forEach((id, lastUse) -> held.merge(id, lastUse,
					(a, b) -> a.isEmpty() || b.isEmpty() ? Optional.empty() : a.get().isAfter(b.get()) ? a : b));
		}
		return held;
	}

	private Map<OperationId, OperationCircle> circlesOf(List<SeizureReport> reports) {
		var ids = reports.stream().map(SeizureReport::operationId).collect(Collectors.toSet());
		return operations.circles(ids).stream().collect(Collectors.toMap(OperationCircle::id, Function.identity()));
	}
}
