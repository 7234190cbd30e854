package eu.jcohub.protection;

import eu.jcohub.access.AccessPolicy;
import eu.jcohub.shared.RecordChanged;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds every record of the user's own administration that mentions a person or company, to answer a data
 * subject's request. The search is itself recorded (what was looked for stays out of the trail: it is personal
 * data too).
 */
@Service
public class SubjectAccess {

	private final List<PersonalDataStore> stores;
	private final AccessPolicy access;
	private final ApplicationEventPublisher events;

	SubjectAccess(List<PersonalDataStore> stores, AccessPolicy access,
			ApplicationEventPublisher events) {
		this.stores = stores;
		this.access = access;
		this.events = events;
	}

	/**
	 * Refuses (403) whoever may not search, before anything they typed is looked at: a refusal never depends on
	 * the input, and input errors are told only to those who may search.
	 */
	public void requireAllowed() {
		access.visibility().require(ProtectionRules.SUBJECT_ACCESS);
	}

	/** The search as typed: the caller's right to search is checked first, then what they typed. */
	@Transactional
	public List<SubjectMention> search(@Nullable String name, @Nullable LocalDate birthDate, @Nullable String number) {
		requireAllowed();
		return search(new SubjectQuery(name, birthDate, number));
	}

	@Transactional
	public List<SubjectMention> search(SubjectQuery query) {
		var visibility = access.visibility();
		visibility.require(ProtectionRules.SUBJECT_ACCESS);
		var owner = visibility.user().organisation();
		var found = stores.stream().flatMap(store -> store.mentions(owner, query).stream())
			.sorted(Comparator.comparing(SubjectMention::reference))
			.toList();
		events.publishEvent(RecordChanged.of(ProtectionAuditVocabulary.SUBJECT_ACCESS, owner,
				ProtectionAuditVocabulary.SUBJECT_ACCESS_SEARCH,
				Map.of("byName", query.name() != null, "byBirthDate", query.birthDate() != null,
						"byNumber", query.number() != null, "found", found.size()))
			.ownedBy(owner));
		return found;
	}
}
