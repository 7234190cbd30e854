package eu.jcohub.coordination;

import eu.jcohub.access.AccessPolicy;
import eu.jcohub.coordination.internal.Figures;
import eu.jcohub.coordination.internal.PictureFeed;
import eu.jcohub.operations.OperationRegister;
import eu.jcohub.shared.OperationId;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Service;

/**
 * The live picture of an running operation, for those who may follow it: its figures now, and a feed of them each
 * time a validated report changes them.
 */
@Service
public class LivePicture {

	private final Figures figures;
	private final PictureFeed feed;
	private final OperationRegister operations;
	private final AccessPolicy access;
	private final Clock clock;

	LivePicture(Figures figures, PictureFeed feed, OperationRegister operations, AccessPolicy access, Clock clock) {
		this.figures = figures;
		this.feed = feed;
		this.operations = operations;
		this.access = access;
		this.clock = clock;
	}

	/** The figures now; 403 for whoever may not follow the operation. */
	public Statistics statistics(OperationId operationId) {
		requireFollow(operationId);
		return figures.of(operationId);
	}

	/** Refuses (403) whoever may not follow the operation, before anything else is read. */
	public void requireFollow(OperationId operationId) {
		access.visibility().require(CoordinationRules.FOLLOW, operations.circle(operationId).asRecord(today()));
	}

	public boolean mayFollow(OperationId operationId) {
		return access.visibility().allows(CoordinationRules.FOLLOW, operations.circle(operationId).asRecord(today()));
	}

	/**
	 * Sends the figures to the subscriber on every change, for whoever may follow the operation (checked now: a feed
	 * is followed by the one who opened it).
	 */
	public void follow(OperationId operationId, PictureFeed.Subscriber subscriber) {
		requireFollow(operationId);
		feed.subscribe(operationId, subscriber);
	}

	public void unfollow(OperationId operationId, PictureFeed.Subscriber subscriber) {
		feed.unsubscribe(operationId, subscriber);
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}
}
