package eu.jcohub;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each module owns its tables: they are created by its migrations ({@code db/migration/<module>}, or handed to it
 * by a {@code comment on table … is 'owner: <module>'}), and no other module's SQL names them.
 */
class TableOwnershipTests {

	private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
	private static final Path CODE = Path.of("src/main/java/eu/jcohub");
	private static final Pattern CREATED = Pattern.compile("(?i)create table (?:if not exists )?([a-z_]+)");
	private static final Pattern HANDED = Pattern.compile("(?i)comment on table ([a-z_]+) is 'owner: ([a-z]+)'");
	private static final Pattern USED = Pattern.compile("(?i)\\b(?:from|join|into|update|table)\\s+([a-z_]+)");

	@Test
	void noModuleNamesAnotherModulesTableInItsSql() throws IOException {
		var owners = owners();
		assertThat(owners).containsKeys("operations", "users", "audit_log", "seizure_reports", "operation_roles");
		var trespasses = new ArrayList<String>();
		try (Stream<Path> files = Files.walk(CODE)) {
			for (var file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				var module = CODE.relativize(file).getName(0).toString();
				for (var sql : sqlTextsOf(Files.readString(file))) {
					var used = USED.matcher(sql);
					while (used.find()) {
						var owner = owners.get(used.group(1).toLowerCase());
						if (owner != null && !owner.equals(module) && !owner.equals("shared")) {
							trespasses.add(CODE.relativize(file) + " uses " + used.group(1) + " of module " + owner);
						}
					}
				}
			}
		}
		assertThat(trespasses).isEmpty();
	}

	@Test
	void aTableNamedByAnotherModuleIsCaught() {
		var sql = sqlTextsOf("class X { String q = \"select u.name from users u join organisations o on o.code = u.org\"; }");
		var matcher = USED.matcher(sql.get(0));
		var tables = new ArrayList<String>();
		while (matcher.find()) {
			tables.add(matcher.group(1));
		}
		assertThat(tables).containsExactly("users", "organisations");
	}

	/** Table → owning module, from the migrations. */
	private static Map<String, String> owners() throws IOException {
		var owners = new HashMap<String, String>();
		var handed = new HashMap<String, String>();
		try (Stream<Path> files = Files.walk(MIGRATIONS)) {
			for (var file : files.filter(f -> f.toString().endsWith(".sql")).toList()) {
				var module = MIGRATIONS.relativize(file).getName(0).toString();
				var text = Files.readString(file);
				CREATED.matcher(text).results().forEach(m -> owners.put(m.group(1).toLowerCase(), module));
				HANDED.matcher(text).results().forEach(m -> handed.put(m.group(1).toLowerCase(), m.group(2)));
			}
		}
		owners.putAll(handed);
		return owners;
	}

	/** The string literals and text blocks of a source file that read like SQL. */
	private static List<String> sqlTextsOf(String source) {
		var texts = new ArrayList<String>();
		var literal = Pattern.compile("\"\"\"([\\s\\S]*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"").matcher(source);
		while (literal.find()) {
			var text = literal.group(1) != null ? literal.group(1) : literal.group(2);
			if (text.matches("(?is).*\\b(select|insert|update|delete|join)\\b.*")) {
				texts.add(text);
			}
		}
		return texts;
	}
}
