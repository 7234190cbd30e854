package eu.jcohub;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No capability grows into the one place everything is added to: each module's share of the main code's lines
 * stays at a quarter or less. The shares are printed, so that a build log tells how the code is spread.
 */
class ModuleSharesTests {

	private static final Path MAIN_CODE = Path.of("src/main/java/eu/jcohub");
	private static final double LARGEST_SHARE = 0.25;

	@Test
	void noModuleHoldsMoreThanAQuarterOfTheMainCode() throws IOException {
		var lines = linesPerModule();
		long total = lines.values().stream().mapToLong(Long::longValue).sum();
		var shares = lines.entrySet().stream()
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed())
			.map(entry -> String.format(Locale.ROOT, "%s %.1f %%", entry.getKey(), 100.0 * entry.getValue() / total))
			.collect(Collectors.joining(", "));
		System.out.println("Module shares of " + total + " lines of main code: " + shares);
		assertThat(lines).as("modules found").hasSizeGreaterThan(5);
		assertThat(lines).allSatisfy((module, count) -> assertThat((double) count / total)
			.as("share of %s (%s)", module, shares).isLessThanOrEqualTo(LARGEST_SHARE));
	}

	/** Every line of every Java file, by the top-level package it is in; the application class counts apart. */
	private static Map<String, Long> linesPerModule() throws IOException {
		try (Stream<Path> files = Files.walk(MAIN_CODE)) {
			return files.filter(file -> file.toString().endsWith(".java"))
				.collect(Collectors.groupingBy(ModuleSharesTests::module, TreeMap::new,
						Collectors.summingLong(ModuleSharesTests::lineCount)));
		}
	}

	private static String module(Path file) {
		var relative = MAIN_CODE.relativize(file);
		return relative.getNameCount() == 1 ? "(application)" : relative.getName(0).toString();
	}

	private static long lineCount(Path file) {
		try (Stream<String> lines = Files.lines(file)) {
			return lines.count();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
