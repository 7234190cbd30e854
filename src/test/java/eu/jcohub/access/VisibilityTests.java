package eu.jcohub.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.jcohub.shared.Forbidden;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class VisibilityTests {

	private static final UUID OPERATION = UUID.randomUUID();
	private final ProtectedRecord danishOperation = new ProtectedRecord(OPERATION, "DK-CUSTOMS", Set.of("DK", "FI"),
			Set.of("FRONTEX"), HandlingCode.PARTICIPANTS, Set.of());

	@Test
	void theOrganiserSeesAndChanges() {
		var visibility = visibility(user("DK-CUSTOMS", "CUSTOMS", "DK", Role.OPERATION_LEADER));
		assertThat(visibility.canSeeDetails(danishOperation)).isTrue();
		assertThat(visibility.canChange(danishOperation)).isTrue();
	}

	@Test
	void aParticipatingCustomsAdministrationSeesButDoesNotChange() {
		var visibility = visibility(user("FI-CUSTOMS", "CUSTOMS", "FI", Role.NATIONAL_COORDINATOR));
		assertThat(visibility.canSeeDetails(danishOperation)).isTrue();
		assertThat(visibility.canChange(danishOperation)).isFalse();
	}

	@Test
	void thePoliceOfAParticipatingCountryIsNotItsCustoms() {
		var visibility = visibility(user("FI-POLICE", "POLICE", "FI", Role.ANALYST));
		assertThat(visibility.canSeeDetails(danishOperation)).isFalse();
	}

	@Test
	void aNamedPartnerSeesDetails() {
		var visibility = visibility(user("FRONTEX", "EU_BODY", null, Role.PARTNER_OBSERVER));
		assertThat(visibility.canSeeDetails(danishOperation)).isTrue();
		assertThat(visibility.canChange(danishOperation)).isFalse();
	}

	@Test
	void anOutsiderSeesOnlyTheCalendarEntry() {
		var visibility = visibility(user("PT-CUSTOMS", "CUSTOMS", "PT", Role.NATIONAL_COORDINATOR));
		assertThat(visibility.canSeeDetails(danishOperation)).isFalse();
		assertThatThrownBy(() -> visibility.requireDetails(danishOperation)).isInstanceOf(Forbidden.class);
	}

	@Test
	void theSecretariatAndFacilitatorSeeEverythingPlanned() {
		assertThat(visibility(user("CCWP", "COUNCIL", null, Role.SECRETARIAT)).canSeeDetails(danishOperation)).isTrue();
		assertThat(visibility(user("FACILITATION", "EU_BODY", null, Role.FACILITATOR)).canChange(danishOperation)).isTrue();
	}

	@Test
	void anAdministratorOfTheHostDoesNotReadOperations() {
		var visibility = visibility(user("JCOHUB", "HOSTING", null, Role.ADMIN));
		assertThat(visibility.canSeeDetails(danishOperation)).isFalse();
		assertThat(visibility.canCreateFor("JCOHUB")).isFalse();
	}

	@Test
	void anOperationLevelRoleOpensTheDetails() {
		var ocu = user("OLAF", "EU_BODY", null, Role.OCU_OPERATOR);
		assertThat(new Visibility(ocu, Set.of(), Set.of()).canSeeDetails(danishOperation)).isFalse();
		assertThat(new Visibility(ocu, Set.of(OPERATION), Set.of()).canSeeDetails(danishOperation)).isTrue();
	}

	@Test
	void anAssignedLeaderFromAnotherAdministrationMayChange() {
		var leader = user("SE-CUSTOMS", "CUSTOMS", "SE", Role.OPERATION_LEADER);
		assertThat(new Visibility(leader, Set.of(OPERATION), Set.of()).canChange(danishOperation)).isTrue();
	}

	@Test
	void ownerOnlyAndNamedRecordsStayInTheirCircle() {
		var ownerOnly = new ProtectedRecord(OPERATION, "DK-CUSTOMS", Set.of("FI"), Set.of(), HandlingCode.OWNER_ONLY, Set.of());
		var named = new ProtectedRecord(OPERATION, "DK-CUSTOMS", Set.of("FI"), Set.of(), HandlingCode.NAMED, Set.of("EUROPOL"));
		var finn = visibility(user("FI-CUSTOMS", "CUSTOMS", "FI", Role.NATIONAL_COORDINATOR));
		var europol = visibility(user("EUROPOL", "EU_BODY", null, Role.PARTNER_OBSERVER));
		assertThat(finn.canSeeDetails(ownerOnly)).isFalse();
		assertThat(finn.canSeeDetails(named)).isFalse();
		assertThat(europol.canSeeDetails(named)).isTrue();
	}

	@Test
	void theOcuSeesOwnerOnlyRecordsWhileTheOperationRuns() {
		var running = new ProtectedRecord(OPERATION, "DK-CUSTOMS", Set.of("FI"), Set.of(), HandlingCode.OWNER_ONLY,
				Set.of(), true);
		var over = new ProtectedRecord(OPERATION, "DK-CUSTOMS", Set.of("FI"), Set.of(), HandlingCode.OWNER_ONLY,
				Set.of(), false);
		var ocu = new Visibility(user("OLAF", "EU_BODY", null, Role.OCU_OPERATOR), Set.of(OPERATION), Set.of(OPERATION));
		var otherRole = new Visibility(user("OLAF", "EU_BODY", null, Role.ANALYST), Set.of(OPERATION), Set.of());
		assertThat(ocu.canSeeDetails(running)).isTrue();
		assertThat(ocu.canSeePersonalData(running)).isTrue();
		assertThat(ocu.canSeeDetails(over)).isFalse();
		assertThat(otherRole.canSeeDetails(running)).isFalse();
	}

	@Test
	void personalDataStaysWithTheOwnerEvenWhereDetailsAreShared() {
		var finn = visibility(user("FI-CUSTOMS", "CUSTOMS", "FI", Role.NATIONAL_COORDINATOR));
		var dane = visibility(user("DK-CUSTOMS", "CUSTOMS", "DK", Role.FIELD_OFFICER));
		assertThat(finn.canSeeDetails(danishOperation)).isTrue();
		assertThat(finn.canSeePersonalData(danishOperation)).isFalse();
		assertThat(dane.canSeePersonalData(danishOperation)).isTrue();
	}

	@Test
	void onlyTheOwnerMayWidenWhoCanRead() {
		var ownerOnly = new ProtectedRecord(OPERATION, "DK-CUSTOMS", Set.of("FI"), Set.of(), HandlingCode.OWNER_ONLY, Set.of());
		var secretariat = visibility(user("CCWP", "COUNCIL", null, Role.SECRETARIAT));
		var owner = visibility(user("DK-CUSTOMS", "CUSTOMS", "DK", Role.OPERATION_LEADER));
		assertThatThrownBy(() -> secretariat.requireHandlingChange(ownerOnly, HandlingCode.PARTICIPANTS, Set.of()))
			.isInstanceOf(Forbidden.class);
		assertThatThrownBy(() -> secretariat.requireHandlingChange(danishOperation, HandlingCode.NAMED, Set.of("EUROPOL")))
			.isInstanceOf(Forbidden.class);
		owner.requireHandlingChange(ownerOnly, HandlingCode.PARTICIPANTS, Set.of());
		secretariat.requireHandlingChange(danishOperation, HandlingCode.OWNER_ONLY, Set.of());
		var named = new ProtectedRecord(OPERATION, "DK-CUSTOMS", Set.of(), Set.of(), HandlingCode.NAMED, Set.of("EUROPOL", "OLAF"));
		secretariat.requireHandlingChange(named, HandlingCode.NAMED, Set.of("OLAF"));
		assertThatThrownBy(() -> secretariat.requireHandlingChange(named, HandlingCode.NAMED, Set.of("OLAF", "FRONTEX")))
			.isInstanceOf(Forbidden.class);
	}

	@Test
	void tablingIsForOnesOwnOrganisationUnlessCoordinating() {
		var leader = visibility(user("DK-CUSTOMS", "CUSTOMS", "DK", Role.OPERATION_LEADER));
		assertThat(leader.canCreateFor("DK-CUSTOMS")).isTrue();
		assertThat(leader.canCreateFor("FRONTEX")).isFalse();
		assertThat(visibility(user("CCWP", "COUNCIL", null, Role.SECRETARIAT)).canCreateFor("FRONTEX")).isTrue();
		assertThat(visibility(user("FI-CUSTOMS", "CUSTOMS", "FI", Role.FIELD_OFFICER)).canCreateFor("FI-CUSTOMS")).isFalse();
	}

	private static Visibility visibility(CurrentUser user) {
		return new Visibility(user, Set.of(), Set.of());
	}

	private static CurrentUser user(String organisation, String kind, String country, Role role) {
		return new CurrentUser("someone", "Someone", organisation, kind, country, Set.of(role));
	}
}
