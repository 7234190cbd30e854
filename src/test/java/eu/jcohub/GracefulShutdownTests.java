package eu.jcohub;

import static org.assertj.core.api.Assertions.assertThat;

import eu.jcohub.support.Api;
import eu.jcohub.support.TestAccounts;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What SIGTERM sets off (the JVM's shutdown hook closes the application context): a request in flight when it
 * comes is finished and answered, the instance stops taking new work, the scheduler stops, and it is all over well
 * within 30 seconds.
 */
class GracefulShutdownTests {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	@Test
	void aRequestInFlightWhenTheApplicationStopsIsFinishedAndTheSchedulerStops() throws Exception {
		var application = new SpringApplicationBuilder(JcoHubApplication.class, TestAccounts.class, Slow.class,
				Ticking.class)
			.profiles("test")
			.run("--server.port=0");
		int port = Integer.parseInt(application.getEnvironment().getProperty("local.server.port"));
		var leader = application.getBean(TestAccounts.class).leaderDk();
		var slow = application.getBean(Slow.class);
		var ticking = application.getBean(Ticking.class);
		var availability = application.getBean(ApplicationAvailability.class);

		var answer = HTTP.sendAsync(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/test/slow"))
			.header("Authorization", "Basic " + Api.basicCredentials(leader, TestAccounts.PASSWORD)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(slow.entered.await(60, TimeUnit.SECONDS)).as("the request reached its handler; answer: %s",
				answer.isDone() ? answer.get().statusCode() : "none yet").isTrue();

		long stopping = System.nanoTime();
		var closed = CompletableFuture.runAsync(application::close);
		awaitTrue(() -> availability.getReadinessState() == ReadinessState.REFUSING_TRAFFIC);
		// The handler is still at work while the shutdown waits for it.
		Thread.sleep(500);
		assertThat(closed).as("the shutdown waits for the request").isNotDone();
		slow.release.countDown();

		var response = answer.get(30, TimeUnit.SECONDS);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("finished");
		closed.get(30, TimeUnit.SECONDS);
		assertThat(Duration.ofNanos(System.nanoTime() - stopping)).isLessThan(Duration.ofSeconds(30));

		int ticks = ticking.ticks.get();
		Thread.sleep(500);
		assertThat(ticking.ticks.get()).as("scheduled runs after the stop").isEqualTo(ticks);
	}

	/** A request that takes as long as the test wants. */
	@RestController
	static class Slow {

		final CountDownLatch entered = new CountDownLatch(1);
		final CountDownLatch release = new CountDownLatch(1);

		@GetMapping("/api/test/slow")
		String slow() throws InterruptedException {
			entered.countDown();
			release.await(60, TimeUnit.SECONDS);
			return "finished";
		}
	}

	/** A job scheduled often, to see the scheduler stop. */
	static class Ticking {

		final AtomicInteger ticks = new AtomicInteger();

		@Scheduled(fixedDelay = 50)
		void tick() {
			ticks.incrementAndGet();
		}
	}

	private static void awaitTrue(java.util.function.BooleanSupplier condition) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (!condition.getAsBoolean()) {
			assertThat(System.nanoTime()).as("waited 30 s").isLessThan(deadline);
			Thread.sleep(20);
		}
	}
}
