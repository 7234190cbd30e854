package eu.jcohub.audit;

import static org.assertj.core.api.Assertions.assertThat;

import eu.jcohub.shared.Sha256;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ChainLinkTests {

	private static final Instant AT = Instant.parse("2026-03-01T10:15:30.123456Z");

	@Test
	void anEntryWithoutOwnerOrLabelHashesAsEntriesAlwaysHave() {
		var written = Sha256.hex(String.join("\u001f", "prev", AT.toString(), "coordinator.fi", "FI-CUSTOMS",
				"CREATED", "operation", "id-1", "{}", "{\"name\": \"HARBOUR SWEEP\"}", "127.0.0.1"));
		assertThat(hash(null, null)).isEqualTo(written);
	}

	@Test
	void anEntryWithAnOwnerHashesAsEntriesHaveSinceOwnersWereRecorded() {
		var written = Sha256.hex(String.join("\u001f", "prev", AT.toString(), "coordinator.fi", "FI-CUSTOMS",
				"CREATED", "operation", "id-1", "{}", "{\"name\": \"HARBOUR SWEEP\"}", "127.0.0.1", "FI-CUSTOMS"));
		assertThat(hash("FI-CUSTOMS", null)).isEqualTo(written);
	}

	@Test
	void theLabelIsCoveredWhenThereIsOne() {
		assertThat(hash("FI-CUSTOMS", "HARBOUR SWEEP")).isNotEqualTo(hash("FI-CUSTOMS", null))
			.isNotEqualTo(hash("FI-CUSTOMS", "HARBOUR SWEPT"));
	}

	@Test
	void movingAValueBetweenOwnerAndLabelChangesTheHash() {
		assertThat(hash("FI-CUSTOMS", null)).isNotEqualTo(hash(null, "FI-CUSTOMS"));
		assertThat(hash("", "X")).isNotEqualTo(hash(null, "X"));
	}

	private static String hash(String owner, String label) {
		return ChainLink.hash("prev", AT, "coordinator.fi", "FI-CUSTOMS", "CREATED", "operation", "id-1", "{}",
				"{\"name\": \"HARBOUR SWEEP\"}", "127.0.0.1", owner, label);
	}
}
