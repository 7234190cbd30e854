package eu.jcohub.operations;

import static eu.jcohub.support.Users.user;
import static eu.jcohub.support.Users.visibility;
import static org.assertj.core.api.Assertions.assertThat;

import eu.jcohub.access.HandlingCode;
import eu.jcohub.access.OperationRole;
import eu.jcohub.access.ProtectedRecord;
import eu.jcohub.access.Role;
import eu.jcohub.shared.OperationId;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OperationRulesTests {

	private static final OperationId OPERATION = OperationId.random();
	private final ProtectedRecord danishOperation = new ProtectedRecord(OPERATION, "DK-CUSTOMS", Set.of("DK", "FI"),
			Set.of("FRONTEX"), HandlingCode.PARTICIPANTS, Set.of());

	@Test
	void theOrganisersPlannersChangeParticipantsDoNot() {
		assertThat(visibility(user("DK-CUSTOMS", "CUSTOMS", "DK", Role.OPERATION_LEADER))
			.allows(OperationRules.CHANGE, danishOperation)).isTrue();
		assertThat(visibility(user("FI-CUSTOMS", "CUSTOMS", "FI", Role.NATIONAL_COORDINATOR))
			.allows(OperationRules.CHANGE, danishOperation)).isFalse();
		assertThat(visibility(user("FRONTEX", "EU_BODY", null, Role.PARTNER_OBSERVER))
			.allows(OperationRules.CHANGE, danishOperation)).isFalse();
	}

	@Test
	void anAssignedLeaderFromAnotherAdministrationMayChange() {
		var leader = visibility(user("SE-CUSTOMS", "CUSTOMS", "SE", Role.OPERATION_LEADER), OPERATION, OperationRole.LEADER);
		assertThat(leader.allows(OperationRules.CHANGE, danishOperation)).isTrue();
	}

	@Test
	void theCoordinatorsChangeAnyOperation() {
		assertThat(visibility(user("FACILITATION", "EU_BODY", null, Role.FACILITATOR))
			.allows(OperationRules.CHANGE, danishOperation)).isTrue();
	}

	@Test
	void tablingIsForOnesOwnOrganisationUnlessCoordinating() {
		var leader = visibility(user("DK-CUSTOMS", "CUSTOMS", "DK", Role.OPERATION_LEADER));
		assertThat(OperationRules.mayTableFor(leader, "DK-CUSTOMS")).isTrue();
		assertThat(OperationRules.mayTableFor(leader, "FRONTEX")).isFalse();
		assertThat(OperationRules.mayTableFor(visibility(user("CCWP", "COUNCIL", null, Role.SECRETARIAT)), "FRONTEX")).isTrue();
		assertThat(OperationRules.mayTableFor(visibility(user("FI-CUSTOMS", "CUSTOMS", "FI", Role.FIELD_OFFICER)),
				"FI-CUSTOMS")).isFalse();
		assertThat(OperationRules.mayTableFor(visibility(user("JCOHUB", "HOSTING", null, Role.ADMIN)), "JCOHUB")).isFalse();
	}
}
