package eu.jcohub.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The ASVS self-assessment in docs/security.md stays honest: every requirement it calls met names a test, and every
 * test it names exists (with the method, where it names one).
 */
class SecurityAssessmentTests {

	private static final Path DOCUMENT = Path.of("docs/security.md");
	private static final Pattern ROW = Pattern.compile("^\\| (\\d+\\.\\d+\\.\\d+) \\| [123] \\| [^|]* \\| (met|partly|not met|n/a) \\| (.+) \\|$");
	private static final Pattern TEST = Pattern.compile("`(\\w+Tests)(?:\\.(\\w+))?`");

	@Test
	void everyMetRequirementNamesATestThatExists() throws IOException {
		var rows = Files.readAllLines(DOCUMENT).stream().filter(line -> line.startsWith("| ") && line.matches("^\\| \\d.*"))
			.toList();
		assertThat(rows).as("the level 1 and 2 requirements of ASVS 5.0").hasSize(253);
		var problems = new ArrayList<String>();
		for (var row : rows) {
			var matcher = ROW.matcher(row);
			if (!matcher.matches()) {
				problems.add("not a row of the assessment: " + row);
				continue;
			}
			var tests = TEST.matcher(matcher.group(3));
			boolean named = false;
			while (tests.find()) {
				named = true;
				var source = source(tests.group(1));
				if (source.isEmpty()) {
					problems.add(matcher.group(1) + ": no test " + tests.group(1));
				}
				else if (tests.group(2) != null && !Files.readString(source.get(0)).contains(" " + tests.group(2) + "(")) {
					problems.add(matcher.group(1) + ": no test " + tests.group(1) + "." + tests.group(2));
				}
			}
			if (matcher.group(2).equals("met") && !named && !matcher.group(3).contains("This document")
					&& !matcher.group(3).contains("docs/")) {
				problems.add(matcher.group(1) + ": met, but names no test or document");
			}
		}
		assertThat(problems).isEmpty();
	}

	private static List<Path> source(String testClass) throws IOException {
		try (Stream<Path> files = Files.walk(Path.of("src/test/java"))) {
			return files.filter(file -> file.getFileName().toString().equals(testClass + ".java")).toList();
		}
	}
}
