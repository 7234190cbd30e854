package eu.jcohub.protection;

import eu.jcohub.access.AccessPolicy;
import eu.jcohub.reference.ReferenceData;
import eu.jcohub.shared.RecordChanged;
import eu.jcohub.shared.InvalidInput;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How long each organisation keeps each category of personal data after the operation (and the investigation
 * cases using it) closed: {@value #DEFAULT_YEARS} years unless the organisation set otherwise.
 */
@Service
public class RetentionRules {

	public static final int DEFAULT_YEARS = 5;
	public static final int MAX_YEARS = 30;
	private final JdbcClient jdbc;
	private final AccessPolicy access;
	private final ApplicationEventPublisher events;
	private final ReferenceData reference;

	RetentionRules(JdbcClient jdbc, AccessPolicy access, ApplicationEventPublisher events, ReferenceData reference) {
		this.jdbc = jdbc;
		this.access = access;
		this.events = events;
		this.reference = reference;
	}

	/** Every organisation's periods, for the retention job. */
	public Periods periods() {
		var set = new HashMap<String, Integer>();
		jdbc.sql("select organisation, category, years from retention_rules")
			.query(rs -> {
				set.put(rs.getString(1) + "/" + rs.getString(2), rs.getInt(3));
			});
		return new Periods(set);
	}

	/** The organisation's rule for each category. */
	public List<Rule> rulesOf(String organisation) {
		var periods = periods();
		return Arrays.stream(PersonalDataCategory.values())
			.map(category -> new Rule(organisation, category, periods.yearsFor(organisation, category),
					periods.isSet(organisation, category)))
			.toList();
	}

	/** Sets how many years the organisation keeps a category; its national coordinator or an administrator. */
	@Transactional
	public Rule set(String organisation, PersonalDataCategory category, int years) {
		requireManage(organisation);
		var errors = new InvalidInput.Collector();
		if (reference.organisation(organisation).isEmpty()) {
			errors.reject("organisation", "unknown organisation");
		}
		if (years < 1 || years > MAX_YEARS) {
			errors.reject("years", "between 1 and " + MAX_YEARS + " years");
		}
		errors.throwIfAny();
		int before = periods().yearsFor(organisation, category);
		jdbc.sql("""
				insert into retention_rules (organisation, category, years, updated_by) values (?, ?, ?, ?)
				on conflict (organisation, category) do update
				set years = excluded.years, updated_by = excluded.updated_by, updated_at = now()""")
			.params(organisation, category.name(), years, access.currentUser().username())
			.update();
		events.publishEvent(RecordChanged.updated(ProtectionAuditVocabulary.RETENTION_RULE, organisation + "/" + category,
				Map.of("years", before), Map.of("years", years)).ownedBy(organisation));
		return new Rule(organisation, category, years, true);
	}

	/** Refuses (403) whoever may not set the organisation's periods, before anything they typed is looked at. */
	public void requireManage(String organisation) {
		access.visibility().require(ProtectionRules.MANAGE_RETENTION, eu.jcohub.access.ProtectedRecord.ownedBy(organisation));
	}

	/** A rule as shown: {@code explicit} is false where the default applies. */
	public record Rule(String organisation, PersonalDataCategory category, int years, boolean explicit) {
	}

	/** The periods of all organisations at one moment. */
	public record Periods(Map<String, Integer> set) {

		public Periods {
			set = Map.copyOf(set);
		}

		public int yearsFor(String organisation, PersonalDataCategory category) {
			return set.getOrDefault(organisation + "/" + category, DEFAULT_YEARS);
		}

		boolean isSet(String organisation, PersonalDataCategory category) {
			return set.containsKey(organisation + "/" + category);
		}
	}
}
