package eu.jcohub.cooperation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.jcohub.shared.DomainRuleViolation;
import eu.jcohub.shared.InvalidInput;
import eu.jcohub.shared.OperationId;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RequestStatusTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 5, 20);

	@Test
	void aRequestMovesForwardOnlyInOrder() {
		var request = draft();

		request.moveTo(RequestStatus.SENT, TODAY.minusDays(5), TODAY);
		request.moveTo(RequestStatus.ACCEPTED, TODAY.minusDays(3), TODAY);
		request.moveTo(RequestStatus.EXECUTED, TODAY.minusDays(1), TODAY);
		request.moveTo(RequestStatus.CLOSED, TODAY, TODAY);

		assertThat(request.status).isEqualTo(RequestStatus.CLOSED);
		assertThat(request.answer).isEqualTo(RequestStatus.ACCEPTED);
		assertThat(List.of(request.sentOn, request.answeredOn, request.executedOn, request.closedOn))
			.containsExactly(TODAY.minusDays(5), TODAY.minusDays(3), TODAY.minusDays(1), TODAY);
	}

	@Test
	void aStepOutOfOrderIsRefusedAndChangesNothing() {
		var request = draft();

		assertThatThrownBy(() -> request.moveTo(RequestStatus.ACCEPTED, TODAY, TODAY))
			.isInstanceOf(DomainRuleViolation.class).hasMessageContaining("next it can become sent");
		assertThat(request.status).isEqualTo(RequestStatus.DRAFT);
		assertThat(request.answeredOn).isNull();
	}

	@Test
	void aRefusedRequestIsNeverExecuted() {
		var request = draft();
		request.moveTo(RequestStatus.SENT, TODAY, TODAY);
		request.moveTo(RequestStatus.REFUSED, TODAY, TODAY);

		assertThatThrownBy(() -> request.moveTo(RequestStatus.EXECUTED, TODAY, TODAY))
			.isInstanceOf(DomainRuleViolation.class);
	}

	@Test
	void anAnswerBeforeTheSendingDayIsRefused() {
		var request = draft();
		request.moveTo(RequestStatus.SENT, TODAY.minusDays(2), TODAY);

		assertThatThrownBy(() -> request.moveTo(RequestStatus.ACCEPTED, TODAY.minusDays(3), TODAY))
			.isInstanceOfSatisfying(InvalidInput.class,
					invalid -> assertThat(invalid.fieldErrors()).containsKey("date"));
		assertThat(request.status).isEqualTo(RequestStatus.SENT);
		assertThat(request.answeredOn).isNull();
	}

	@Test
	void aStepCannotBeDatedInTheFuture() {
		assertThatThrownBy(() -> draft().moveTo(RequestStatus.SENT, TODAY.plusDays(1), TODAY))
			.isInstanceOf(InvalidInput.class);
	}

	private static StoredRequest draft() {
		return new StoredRequest(UUID.randomUUID(), new OperationId(UUID.randomUUID()), null, true,
				Article.CONTROLLED_DELIVERY, "DE-CUSTOMS", "PL-CUSTOMS", List.of(), RequestStatus.DRAFT, null,
				TODAY.minusDays(10), null, null, null, null, null, null, "t", 0);
	}
}
