package eu.jcohub.backup;

import eu.jcohub.backup.internal.Restorer.Restored;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/** What this start restored, if it restored a backup. */
final class RestoreOutcome {

	private final AtomicReference<@Nullable Restored> restored = new AtomicReference<>();

	void restored(Restored done) {
		restored.set(done);
	}

	Optional<Restored> restored() {
		return Optional.ofNullable(restored.get());
	}
}
