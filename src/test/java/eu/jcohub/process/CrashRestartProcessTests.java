package eu.jcohub.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged application, killed for real. It is started on a data directory and written to through the API;
 * SIGKILL ends it in the middle of the writes. Two applications are then started on the same directory at once:
 * one comes up by itself with every acknowledged record, the other refuses and says why. Its embedded PostgreSQL is
 * killed under it and comes back; SIGTERM then stops it, and its database, cleanly within 30 seconds.
 * <p>
 * Runs in {@code ./mvnw verify} (failsafe, after packaging): about a minute.
 */
class CrashRestartProcessTests {

	private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
	private static final Duration START = Duration.ofSeconds(180);

	@TempDir
	Path data;

	private final List<PackagedApplication> started = new ArrayList<>();

	@AfterEach
	void stopWhatIsLeft() throws Exception {
		for (var application : started) {
			application.process.destroyForcibly();
			application.process.waitFor(10, TimeUnit.SECONDS);
		}
		var pid = postmasterPid();
		if (pid > 0) {
			ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
		}
	}

	@Test
	void sigkillMidWriteThenAnOrdinaryStartComesUpWithEveryAcknowledgedRecord() throws Exception {
		var first = start("first");
		assertThat(first.awaitReady(START)).as("first start; see %s", first.log).isTrue();

		var acknowledged = ConcurrentHashMap.<String>newKeySet();
		var writing = new AtomicBoolean(true);
		var writer = writer(first, acknowledged, writing);
		awaitAtLeast(acknowledged, 10);
		first.process.destroyForcibly();
		assertThat(first.process.waitFor(10, TimeUnit.SECONDS)).isTrue();
		writing.set(false);
		writer.join();

		// Two ordinary starts on the same directory at the same time.
		var second = start("second");
		var third = start("third");
		var up = awaitOneUp(second, third);
		var refused = up == second ? third : second;
		assertThat(refused.process.waitFor(120, TimeUnit.SECONDS)).as("the other one ends").isTrue();
		assertThat(refused.process.exitValue()).isNotZero();
		assertThat(refused.output()).contains("is in use by another JCO Hub");

		for (var id : acknowledged) {
			assertThat(up.status("/api/operations/" + id)).as("operation %s, acknowledged before the kill", id)
				.isEqualTo(200);
		}

		long postmaster = postmasterPid();
		ProcessHandle.of(postmaster).orElseThrow().destroyForcibly();
		awaitTrue(() -> up.status("/api/operations/" + acknowledged.iterator().next()) == 200, Duration.ofSeconds(60));
		assertThat(postmasterPid()).as("a new server").isNotEqualTo(postmaster);

		long running = postmasterPid();
		long stopping = System.nanoTime();
		up.process.destroy();
		assertThat(up.process.waitFor(30, TimeUnit.SECONDS)).as("stopped within 30 s").isTrue();
		System.out.printf("SIGTERM to exit: %d ms%n", (System.nanoTime() - stopping) / 1_000_000);
		assertThat(ProcessHandle.of(running).map(ProcessHandle::isAlive).orElse(false)).as("its PostgreSQL").isFalse();
		assertThat(data.resolve("postgres/postmaster.pid")).as("removed by a clean shutdown").doesNotExist();
	}

	private PackagedApplication start(String name) throws Exception {
		var application = PackagedApplication.start(data, name);
		started.add(application);
		return application;
	}

	private static Thread writer(PackagedApplication application, Set<String> acknowledged, AtomicBoolean writing) {
		var count = new AtomicInteger();
		var thread = new Thread(() -> {
			while (writing.get()) {
				var answer = application.send("/api/operations", plan("KILLED MID-WRITE " + count.incrementAndGet()));
				if (answer.statusCode() == 201) {
					var id = ID.matcher(answer.body());
					if (id.find()) {
						acknowledged.add(id.group(1));
					}
				}
			}
		});
		thread.start();
		return thread;
	}

	private static String plan(String name) {
		return """
				{"name":"%s","type":"JCO_REGIONAL","organiser":"DK-CUSTOMS","leadCountry":"DK","participants":["DK","SE"],
				 "competence":"EXCLUSIVE_EU","domain":"CUSTOMS","riskAreas":["CIGARETTES"],"transportModes":["ROAD"],
				 "phases":[{"start":"2034-02-01","end":"2034-02-08"}],"objectives":"Survive","contactPoint":"ocu@example.eu"}"""
			.formatted(name);
	}

	private static PackagedApplication awaitOneUp(PackagedApplication one, PackagedApplication other)
			throws Exception {
		long deadline = System.nanoTime() + START.toNanos();
		while (System.nanoTime() < deadline) {
			for (var application : List.of(one, other)) {
				if (application.status("/actuator/health/readiness") == 200) {
					return application;
				}
			}
			Thread.sleep(250);
		}
		throw new AssertionError("Neither start came up; see " + one.log + " and " + other.log);
	}

	private long postmasterPid() throws Exception {
		var file = data.resolve("postgres/postmaster.pid");
		return Files.exists(file) ? Long.parseLong(Files.readAllLines(file).get(0).strip()) : -1;
	}

	private static void awaitAtLeast(Set<String> acknowledged, int count) throws InterruptedException {
		awaitTrue(() -> acknowledged.size() >= count, Duration.ofSeconds(60));
	}

	private static void awaitTrue(java.util.function.BooleanSupplier condition, Duration patience)
			throws InterruptedException {
		long deadline = System.nanoTime() + patience.toNanos();
		while (!condition.getAsBoolean()) {
			assertThat(System.nanoTime()).as("waited %s", patience).isLessThan(deadline);
			Thread.sleep(200);
		}
	}
}
