package eu.jcohub.coordination;

import static eu.jcohub.support.matrix.MatrixScenario.LEADER;

import eu.jcohub.access.OperationRole;
import eu.jcohub.access.OperationRoles;
import eu.jcohub.coordination.internal.MessageStore;
import eu.jcohub.operations.Competence;
import eu.jcohub.operations.OperationPlan;
import eu.jcohub.operations.OperationRegister;
import eu.jcohub.operations.OperationType;
import eu.jcohub.operations.Phase;
import eu.jcohub.operations.PolicyDomain;
import eu.jcohub.shared.OperationId;
import eu.jcohub.support.matrix.IsolationPart;
import eu.jcohub.support.matrix.IsolationScenario;
import eu.jcohub.support.matrix.MatrixPart;
import eu.jcohub.support.matrix.MatrixRequest;
import eu.jcohub.support.matrix.MatrixScenario;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Matrix: operation C, Danish with Finland, running today with the leader in its leader role, and message M from
 * the leader to Finnish customs. Isolation: a message of B's OCU holding a secret.
 */
class CoordinationMatrixPart implements MatrixPart, IsolationPart {

	@Override
	public int order() {
		return 50;
	}

	@Override
	public void prepare(MatrixScenario scenario) {
		var register = scenario.bean(OperationRegister.class);
		var today = LocalDate.now();
		var plan = new OperationPlan("M-C", OperationType.JCO_REGIONAL, "DK-CUSTOMS", "DK", Set.of("FI"), Set.of(),
				Competence.EXCLUSIVE_EU, PolicyDomain.CUSTOMS, "ocu@example.eu", null, Set.of("CIGARETTES"),
				Set.of("ROAD"), Set.of(), List.of(new Phase(today.minusDays(3), today.plusDays(3))), "Matrix objectives");
		var c = scenario.as(LEADER, () -> register.table(plan).id());
		scenario.bean(OperationRoles.class).assign(c, LEADER, OperationRole.LEADER);
		scenario.name("C", c.value());
		scenario.name("M", scenario.as(LEADER, () -> scenario.bean(Messages.class).send(c, null, "Matrix message").id()));
	}

	@Override
	public Optional<MatrixRequest> request(String method, String pattern, MatrixScenario scenario,
			@Nullable String caller) {
		var c = scenario.id("C");
		var m = scenario.id("M");
		return Optional.ofNullable(switch (method + " " + pattern) {
			case "GET /api/operations/{id}/statistics", "GET /api/operations/{id}/review",
					"GET /api/operations/{id}/review.pdf", "GET /api/operations/{id}/messages",
					"GET /operations/{id}/picture", "GET /operations/{id}/review",
					"GET /operations/{id}/messages" -> MatrixRequest.get(pattern.replace("{id}", c));
			// The feed stays open until its time is up: one second is enough to see it answer.
			case "GET /api/operations/{id}/feed" -> MatrixRequest.get("/api/operations/" + c + "/feed?seconds=1");
			case "POST /api/operations/{id}/messages" -> MatrixRequest.json("/api/operations/" + c + "/messages",
					"{\"text\":\"Please check container MSCU1234567\"}");
			case "POST /operations/{id}/messages" -> MatrixRequest.form("/operations/" + c + "/messages",
					"addressedTo=FI-CUSTOMS&text=Please+check");
			case "POST /api/messages/{id}/ack", "POST /messages/{id}/ack" -> MatrixRequest.form(pattern.replace("{id}", m), "");
			default -> null;
		});
	}

	@Override
	public void prepare(IsolationScenario scenario) {
		var b = new OperationId(UUID.fromString(scenario.id("B")));
		var message = new MessageStore.StoredMessage(UUID.randomUUID(), b, "t.iso.leader.de", "DE-CUSTOMS", null,
				"ISO-OCU-MESSAGE-SECRET", Instant.now(), new ArrayList<>(List.of(new MessageStore.Recipient("PL-CUSTOMS",
						null, null))));
		scenario.bean(org.springframework.transaction.support.TransactionTemplate.class)
			.executeWithoutResult(status -> scenario.bean(MessageStore.class).insert(message));
		scenario.secret("ISO-OCU-MESSAGE-SECRET");
	}

	/** The feed stays open until its time is up: walkers of every endpoint ask for one second of it. */
	@Override
	public Optional<String> path(String pattern, IsolationScenario scenario) {
		return pattern.equals("/api/operations/{id}/feed")
				? Optional.of("/api/operations/" + scenario.id("B") + "/feed?seconds=1") : Optional.empty();
	}
}
