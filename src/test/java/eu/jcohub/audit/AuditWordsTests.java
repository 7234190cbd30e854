package eu.jcohub.audit;

import eu.jcohub.shared.RecordKind;
import eu.jcohub.shared.AuditAction;
import eu.jcohub.shared.AuditVocabulary;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import eu.jcohub.support.IntegrationTest;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/**
 * Every kind of record and every action a module declares has words in a bundle, and every kind is offered by
 * the trail's search: a new module's declarations are found here without editing this test.
 */
@IntegrationTest
class AuditWordsTests {

	@Autowired
	MessageSource messages;

	@Autowired
	List<AuditVocabulary> vocabularies;

	@Autowired
	ReadableEntries readable;

	@Test
	void everyDeclaredKindHasWordsAndIsOfferedBySearch() throws Exception {
		var kinds = declared(RecordKind.class);
		assertThat(kinds).extracting(RecordKind::code).contains("operation", "seizure-report", "user", "import");
		var offered = readable.kinds(Locale.ENGLISH).stream().map(ReadableEntries.KindChoice::code).toList();
		for (var kind : kinds) {
			assertThat(messages.getMessage("audit.kind." + kind.code(), null, null, Locale.ENGLISH))
				.as("words for the kind %s", kind.code()).isNotBlank();
			assertThat(offered).as("a module's vocabulary lists %s", kind.code()).contains(kind.code());
		}
	}

	@Test
	void everyDeclaredActionHasWords() throws Exception {
		var actions = declared(AuditAction.class);
		assertThat(actions).extracting(AuditAction::code).contains("CREATED", "READ", "RESOLVED", "ANONYMISED",
				"PASSWORD_CHANGED");
		for (var action : actions) {
			var words = messages.getMessage("audit.action." + action.code(), null, null, Locale.ENGLISH);
			assertThat(words).as("words for the action %s", action.code()).isNotBlank().isNotEqualTo(action.code());
		}
	}

	@Test
	void theSearchOffersKindsByTheirWordsInAlphabeticalOrder() {
		var words = readable.kinds(Locale.ENGLISH).stream().map(ReadableEntries.KindChoice::words).toList();
		assertThat(words).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER).contains("operation", "seizure report");
	}

	/** The constants of the type declared anywhere in the application, package-private ones included. */
	private static <T> List<T> declared(Class<T> type) throws IllegalAccessException {
		var found = new ArrayList<T>();
		var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("eu.jcohub");
		for (var javaClass : classes) {
			for (Field field : javaClass.reflect().getDeclaredFields()) {
				if (field.getType() == type && Modifier.isStatic(field.getModifiers())) {
					field.setAccessible(true);
					found.add(type.cast(field.get(null)));
				}
			}
		}
		return found;
	}
}
