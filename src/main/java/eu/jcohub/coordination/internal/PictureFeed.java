package eu.jcohub.coordination.internal;

import eu.jcohub.coordination.Statistics;
import eu.jcohub.shared.OperationId;
import jakarta.annotation.PreDestroy;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Pushes an operation's figures to everyone following its live picture as soon as they change. Changes that arrive
 * while the figures are being sent are gathered into one more sending, so that a burst of validations costs a
 * few readings of the tallies, not one per report, and the last change is never left unsent.
 */
@Component
public class PictureFeed {

	private static final Logger log = LoggerFactory.getLogger(PictureFeed.class);

	private final Figures figures;
	private final Map<OperationId, Set<Subscriber>> subscribers = new ConcurrentHashMap<>();
	private final Map<OperationId, AtomicBoolean> pending = new ConcurrentHashMap<>();
	private final ExecutorService sender = Executors.newSingleThreadExecutor(task -> {
		var thread = new Thread(task, "coordination-feed");
		thread.setDaemon(true);
		return thread;
	});

	PictureFeed(Figures figures) {
		this.figures = figures;
	}

	/** Someone follows the picture: they are sent the figures on every change until they are gone. */
	public interface Subscriber {

		/** Sends the figures; false when the subscriber is gone and should be forgotten. */
		boolean send(Statistics statistics);
	}

	public void subscribe(OperationId operationId, Subscriber subscriber) {
		subscribers.computeIfAbsent(operationId, id -> ConcurrentHashMap.newKeySet()).add(subscriber);
	}

	public void unsubscribe(OperationId operationId, Subscriber subscriber) {
		var set = subscribers.get(operationId);
		if (set != null) {
			set.remove(subscriber);
		}
	}

	/** The operation's figures changed (after the change was committed). */
	public void changed(OperationId operationId) {
		var following = subscribers.get(operationId);
		if (following == null || following.isEmpty()) {
			return;
		}
		var flag = pending.computeIfAbsent(operationId, id -> new AtomicBoolean());
		if (flag.compareAndSet(false, true)) {
			sender.execute(() -> send(operationId, flag));
		}
	}

	private void send(OperationId operationId, AtomicBoolean flag) {
		// Cleared before reading: a change committed while reading sets it again and is sent next.
		flag.set(false);
		var following = subscribers.get(operationId);
		if (following == null || following.isEmpty()) {
			return;
		}
		try {
			var statistics = figures.of(operationId);
			following.removeIf(subscriber -> !subscriber.send(statistics));
		}
		catch (RuntimeException e) {
			log.warn("The live picture of operation {} could not be sent: {}", operationId.value(), e.toString());
		}
	}

	@PreDestroy
	void stop() {
		sender.shutdownNow();
	}
}
