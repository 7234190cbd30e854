package eu.jcohub.coordination.web;

import eu.jcohub.coordination.LivePicture;
import eu.jcohub.coordination.Statistics;
import eu.jcohub.coordination.internal.PictureFeed;
import eu.jcohub.shared.OperationId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.time.Duration;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

@RestController
@Tag(name = "Live picture", description = "What an operation's validated reports add up to, now and as they arrive")
class PictureApi {

	private static final int LONGEST_FEED_SECONDS = 3600;
	private final LivePicture picture;

	PictureApi(LivePicture picture) {
		this.picture = picture;
	}

	@GetMapping("/api/operations/{id}/statistics")
	@Operation(summary = "The live picture's figures: controls and seizures per day, place, risk area and more; hit rates; "
			+ "drop warnings",
			description = "Only validated reports count. For those taking part, the organiser and the holders of a role "
					+ "on the operation.")
	Statistics statistics(@PathVariable OperationId id) {
		return picture.statistics(id);
	}

	@GetMapping(path = "/api/operations/{id}/feed", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	@Operation(summary = "The live picture as server-sent events: the figures now, then again on every validated report",
			description = "The stream ends after 'seconds' (default 1800, at most 3600); an EventSource reconnects by "
					+ "itself. Same access as the figures.")
	SseEmitter feed(@PathVariable OperationId id, @RequestParam(defaultValue = "1800") int seconds) {
		picture.requireFollow(id);
		var emitter = new SseEmitter(Duration.ofSeconds(Math.max(1, Math.min(seconds, LONGEST_FEED_SECONDS))).toMillis());
		PictureFeed.Subscriber subscriber = statistics -> send(emitter, statistics);
		emitter.onCompletion(() -> picture.unfollow(id, subscriber));
		emitter.onTimeout(() -> {
			picture.unfollow(id, subscriber);
			emitter.complete();
		});
		emitter.onError(error -> picture.unfollow(id, subscriber));
		var now = picture.statistics(id);
		picture.follow(id, subscriber);
		send(emitter, now);
		return emitter;
	}

	private static boolean send(SseEmitter emitter, Statistics statistics) {
		try {
			synchronized (emitter) {
				emitter.send(SseEmitter.event().name("statistics").data(statistics, MediaType.APPLICATION_JSON));
			}
			return true;
		}
		catch (IOException | IllegalStateException gone) {
			return false;
		}
	}
}
