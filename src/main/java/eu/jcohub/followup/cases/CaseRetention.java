package eu.jcohub.followup.cases;

import static eu.jcohub.protection.PersonalDataCategory.PERSON;

import eu.jcohub.access.OperationCircle;
import eu.jcohub.operations.OperationRegister;
import eu.jcohub.protection.PersonalDataStore;
import eu.jcohub.protection.RetentionHold;
import eu.jcohub.protection.RetentionRules;
import eu.jcohub.protection.SubjectMention;
import eu.jcohub.protection.SubjectQuery;
import eu.jcohub.shared.OperationId;
import eu.jcohub.shared.RecordChanged;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Investigation cases under the retention rules. The persons named in a case are kept while it is open and
 * erased once the investigating organisation's period has run from its closure; and a case keeps the report it
 * started from in use, so the report's persons are kept as long (a report with an open case is never erased).
 */
@Component
class CaseRetention implements PersonalDataStore, RetentionHold {

	private static final String REPORT = "seizure-report";
	private final CaseStore store;
	private final OperationRegister operations;
	private final ApplicationEventPublisher events;

	CaseRetention(CaseStore store, OperationRegister operations, ApplicationEventPublisher events) {
		this.store = store;
		this.operations = operations;
		this.events = events;
	}

	@Override
	@Transactional
	public List<Anonymisation> enforce(RetentionRules.Periods rules, LocalDate today) {
		var done = new ArrayList<Anonymisation>();
		for (var c : store.holdingPersons()) {
			if (c.open()) {
				continue;
			}
			var closedOn = c.closedOn();
			int years = rules.yearsFor(c.owner(), PERSON);
			if (closedOn.plusYears(years).isAfter(today) || !store.erasePersons(c.id())) {
				continue;
			}
			events.publishEvent(RecordChanged.of(CaseAuditVocabulary.CASE, c.id().toString(), CaseAuditVocabulary.ANONYMISED,
					Map.of("persons", "—", "closedOn", closedOn.toString())).ownedBy(c.owner()).labelled(c.reference()));
			done.add(new Anonymisation(CaseAuditVocabulary.CASE.code(), c.id().toString(), c.owner(), PERSON, closedOn,
					years));
		}
		return done;
	}

	@Override
	public List<SubjectMention> mentions(String owner, SubjectQuery query) {
		if (query.name() == null) {
			return List.of();
		}
		var name = query.name().toLowerCase(Locale.ROOT);
		var found = store.holdingPersons().stream()
			.filter(c -> c.owner().equals(owner))
			.filter(c -> c.events().stream()
				.anyMatch(e -> e.persons() != null && e.persons().toLowerCase(Locale.ROOT).contains(name)))
			.toList();
		var names = operations.circles(found.stream().map(InvestigationCase::operationId).collect(Collectors.toSet()))
			.stream().collect(Collectors.toMap(OperationCircle::id, Function.identity()));
		return found.stream().map(c -> new SubjectMention(CaseAuditVocabulary.CASE.code(), c.id().toString(),
				c.reference(), c.operationId(), nameOf(names, c.operationId()), "/cases/" + c.id(), List.of("persons"),
				false)).toList();
	}

	@Override
	public Map<UUID, Optional<LocalDate>> holds(String recordType, Collection<UUID> recordIds) {
		return REPORT.equals(recordType) ? store.closures(recordIds) : Map.of();
	}

	private static String nameOf(Map<OperationId, OperationCircle> circles, OperationId id) {
		var circle = circles.get(id);
		return circle == null ? "" : circle.name();
	}
}
