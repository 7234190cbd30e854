package eu.jcohub.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RecordChangedTests {

	@Test
	void aLabelIsOneLineOfPlainTextOfLimitedLength() {
		var change = RecordChanged.created(new RecordKind("operation"), "id-1", java.util.Map.of())
			.labelled("  HARBOUR\u001e\tSWEEP\n ");
		assertThat(change.recordLabel()).isEqualTo("HARBOUR SWEEP");
		assertThat(change.labelled("   ").recordLabel()).isNull();
		assertThat(change.labelled("x".repeat(500)).recordLabel()).hasSize(RecordChanged.MAX_LABEL);
	}

	@Test
	void kindsAndActionsAreCodesThatKeyTheirWords() {
		assertThat(new RecordKind("seizure-report").code()).isEqualTo("seizure-report");
		assertThat(AuditAction.READ.code()).isEqualTo("READ");
		assertThatThrownBy(() -> new RecordKind("Seizure Report")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new AuditAction("read")).isInstanceOf(IllegalArgumentException.class);
	}
}
