package eu.jcohub.protection;

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

class ProtectionRulesTests {

	private static final OperationId OPERATION = OperationId.random();

	@Test
	void personalDataStaysWithTheOwnerEvenWhereDetailsAreShared() {
		var report = new ProtectedRecord(OPERATION, "DK-CUSTOMS", Set.of("DK", "FI"), Set.of(), HandlingCode.PARTICIPANTS,
				Set.of());
		var finn = visibility(user("FI-CUSTOMS", "CUSTOMS", "FI", Role.NATIONAL_COORDINATOR));
		var dane = visibility(user("DK-CUSTOMS", "CUSTOMS", "DK", Role.FIELD_OFFICER));
		assertThat(finn.canSeeDetails(report)).isTrue();
		assertThat(ProtectionRules.maySeePersonalData(finn, report)).isFalse();
		assertThat(ProtectionRules.maySeePersonalData(dane, report)).isTrue();
	}

	@Test
	void theOcuSeesPersonalDataOnlyWhileTheOperationRuns() {
		var running = new ProtectedRecord(OPERATION, "DK-CUSTOMS", Set.of("FI"), Set.of(), HandlingCode.OWNER_ONLY,
				Set.of(), true);
		var over = new ProtectedRecord(OPERATION, "DK-CUSTOMS", Set.of("FI"), Set.of(), HandlingCode.OWNER_ONLY,
				Set.of(), false);
		var ocu = visibility(user("OLAF", "EU_BODY", null, Role.OCU_OPERATOR), OPERATION, OperationRole.OCU_OPERATOR);
		assertThat(ProtectionRules.maySeePersonalData(ocu, running)).isTrue();
		assertThat(ProtectionRules.maySeePersonalData(ocu, over)).isFalse();
	}

	@Test
	void retentionIsSetByTheOrganisationsCoordinatorOrAnAdministrator() {
		assertThat(ProtectionRules.mayManageRetention(visibility(user("FI-CUSTOMS", "CUSTOMS", "FI",
				Role.NATIONAL_COORDINATOR)), "FI-CUSTOMS")).isTrue();
		assertThat(ProtectionRules.mayManageRetention(visibility(user("FI-CUSTOMS", "CUSTOMS", "FI",
				Role.NATIONAL_COORDINATOR)), "DK-CUSTOMS")).isFalse();
		assertThat(ProtectionRules.mayManageRetention(visibility(user("FI-CUSTOMS", "CUSTOMS", "FI", Role.FIELD_OFFICER)),
				"FI-CUSTOMS")).isFalse();
		assertThat(ProtectionRules.mayManageRetention(visibility(user("JCOHUB", "HOSTING", null, Role.ADMIN)),
				"DK-CUSTOMS")).isTrue();
	}
}
