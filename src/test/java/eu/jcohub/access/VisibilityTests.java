package eu.jcohub.access;

import static eu.jcohub.support.Users.user;
import static eu.jcohub.support.Users.visibility;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.jcohub.shared.Forbidden;
import eu.jcohub.shared.OperationId;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The mechanism: who reads a record's details by its handling code, and how a module's rule is decided. */
class VisibilityTests {

	private static final OperationId OPERATION = OperationId.random();
	private final ProtectedRecord danishOperation = new ProtectedRecord(OPERATION, "DK-CUSTOMS", Set.of("DK", "FI"),
			Set.of("FRONTEX"), HandlingCode.PARTICIPANTS, Set.of());
	/** A rule as a module would declare it: officers of the owner, or anyone leading the operation. */
	private final AccessRule rule = AccessRule.named("test.act")
		.grant(Set.of(Role.FIELD_OFFICER), Relation.OWNER)
		.grant(Set.of(), Relation.LEADER)
		.build();

	@Test
	void theOrganiserAndParticipatingCustomsAdministrationsSeeDetails() {
		assertThat(visibility(user("DK-CUSTOMS", "CUSTOMS", "DK", Role.OPERATION_LEADER)).canSeeDetails(danishOperation))
			.isTrue();
		assertThat(visibility(user("FI-CUSTOMS", "CUSTOMS", "FI", Role.NATIONAL_COORDINATOR)).canSeeDetails(danishOperation))
			.isTrue();
	}

	@Test
	void thePoliceOfAParticipatingCountryIsNotItsCustoms() {
		assertThat(visibility(user("FI-POLICE", "POLICE", "FI", Role.ANALYST)).canSeeDetails(danishOperation)).isFalse();
	}

	@Test
	void aNamedPartnerSeesDetails() {
		assertThat(visibility(user("FRONTEX", "EU_BODY", null, Role.PARTNER_OBSERVER)).canSeeDetails(danishOperation))
			.isTrue();
	}

	@Test
	void anOutsiderSeesOnlyTheCalendarEntry() {
		var visibility = visibility(user("PT-CUSTOMS", "CUSTOMS", "PT", Role.NATIONAL_COORDINATOR));
		assertThat(visibility.canSeeDetails(danishOperation)).isFalse();
		assertThatThrownBy(() -> visibility.requireDetails(danishOperation)).isInstanceOf(Forbidden.class);
	}

	@Test
	void theSecretariatSeesEverythingPlannedButTheHostsAdministratorDoesNot() {
		assertThat(visibility(user("CCWP", "COUNCIL", null, Role.SECRETARIAT)).canSeeDetails(danishOperation)).isTrue();
		assertThat(visibility(user("JCOHUB", "HOSTING", null, Role.ADMIN)).canSeeDetails(danishOperation)).isFalse();
	}

	@Test
	void anOperationLevelRoleOpensTheDetails() {
		var ocu = user("OLAF", "EU_BODY", null, Role.OCU_OPERATOR);
		assertThat(visibility(ocu).canSeeDetails(danishOperation)).isFalse();
		assertThat(visibility(ocu, OPERATION, OperationRole.OCU_OPERATOR).canSeeDetails(danishOperation)).isTrue();
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
		var ocu = visibility(user("OLAF", "EU_BODY", null, Role.OCU_OPERATOR), OPERATION, OperationRole.OCU_OPERATOR);
		var analyst = visibility(user("OLAF", "EU_BODY", null, Role.ANALYST), OPERATION, OperationRole.ANALYST);
		assertThat(ocu.canSeeDetails(running)).isTrue();
		assertThat(ocu.canSeeDetails(over)).isFalse();
		assertThat(analyst.canSeeDetails(running)).isFalse();
	}

	@Test
	void aRuleGrantsByRoleAndRelationTogether() {
		assertThat(visibility(user("DK-CUSTOMS", "CUSTOMS", "DK", Role.FIELD_OFFICER)).allows(rule, danishOperation)).isTrue();
		assertThat(visibility(user("DK-CUSTOMS", "CUSTOMS", "DK", Role.ANALYST)).allows(rule, danishOperation))
			.as("the owner, but not in a role the rule names").isFalse();
		assertThat(visibility(user("FI-CUSTOMS", "CUSTOMS", "FI", Role.FIELD_OFFICER)).allows(rule, danishOperation))
			.as("the role, but a participant, not the owner").isFalse();
		assertThat(visibility(user("SE-CUSTOMS", "CUSTOMS", "SE", Role.ANALYST), OPERATION, OperationRole.LEADER)
			.allows(rule, danishOperation)).as("a grant to any role").isTrue();
	}

	@Test
	void aRefusalNamesTheRuleAndNotTheOwner() {
		var outsider = visibility(user("PT-CUSTOMS", "CUSTOMS", "PT", Role.FIELD_OFFICER));
		assertThatThrownBy(() -> outsider.require(rule, danishOperation)).isInstanceOf(Forbidden.class)
			.satisfies(refusal -> assertThat(((Forbidden) refusal).getCodes()).containsExactly("access.rule.test.act.refused"))
			.hasMessageNotContaining("DK-CUSTOMS");
	}

	@Test
	void aRuleWithoutARecordAppliesOnlyItsGrantsToAnyone() {
		assertThat(visibility(user("JCOHUB", "HOSTING", null, Role.ADMIN)).allows(AccessPolicy.ADMINISTER)).isTrue();
		assertThat(visibility(user("CCWP", "COUNCIL", null, Role.SECRETARIAT)).allows(AccessPolicy.ADMINISTER)).isFalse();
		assertThat(visibility(user("DK-CUSTOMS", "CUSTOMS", "DK", Role.FIELD_OFFICER)).allows(rule))
			.as("owner and leader grants need a record").isFalse();
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
	void aPoliceOrJudicialPartnerStandsAsPartnerNotAsParticipantAndSeesNoDetails() {
		var operation = new ProtectedRecord(OPERATION, "DK-CUSTOMS", Set.of("DK", "PL"),
				Set.of("FRONTEX", "DE-POLICE", "PL-PROSECUTION"), HandlingCode.PARTICIPANTS, Set.of());
		for (var partner : java.util.List.of(user("DE-POLICE", "POLICE", "DE", Role.PARTNER_OBSERVER),
				user("PL-PROSECUTION", "JUDICIAL", "PL", Role.PARTNER_OBSERVER))) {
			var visibility = visibility(partner);
			assertThat(visibility.stands(Relation.PARTNER, operation)).isTrue();
			assertThat(visibility.stands(Relation.PARTICIPANT, operation)).isFalse();
			assertThat(visibility.canSeeDetails(operation)).isFalse();
		}
		var frontex = visibility(user("FRONTEX", "EU_BODY", null, Role.PARTNER_OBSERVER));
		assertThat(frontex.stands(Relation.PARTICIPANT, operation)).isTrue();
		assertThat(frontex.stands(Relation.PARTNER, operation)).isFalse();
		var policeNotNamed = visibility(user("FI-POLICE", "POLICE", "FI", Role.PARTNER_OBSERVER));
		assertThat(policeNotNamed.stands(Relation.PARTNER, operation)).isFalse();
	}

	@Test
	void aPartnerReadsOnlyWhatARuleGrantsPartnersAndOnlyWhereTheParticipantsRead() {
		var police = visibility(user("DE-POLICE", "POLICE", "DE", Role.PARTNER_OBSERVER));
		var participants = AccessRule.named("test.follow").grant(Set.of(), Relation.ANYONE).build();
		var andPartners = AccessRule.named("test.read").grant(Set.of(), Relation.ANYONE)
			.grant(Set.of(), Relation.PARTNER).build();
		var shared = new ProtectedRecord(OPERATION, "DK-CUSTOMS", Set.of("DK"), Set.of("DE-POLICE"),
				HandlingCode.PARTICIPANTS, Set.of());

		assertThat(police.allows(participants, shared)).isTrue();
		assertThat(police.canRead(participants, shared)).isFalse();
		assertThatThrownBy(() -> police.requireRead(participants, shared)).isInstanceOf(Forbidden.class);
		assertThat(police.canRead(andPartners, shared)).isTrue();
		assertThat(police.readsAsPartner(andPartners, shared)).isTrue();
		police.requireRead(andPartners, shared);
		for (var code : java.util.List.of(HandlingCode.OWNER_ONLY, HandlingCode.NAMED)) {
			var narrower = new ProtectedRecord(OPERATION, "DK-CUSTOMS", Set.of("DK"), Set.of("DE-POLICE"), code,
					Set.of("DK-CUSTOMS"));
			assertThat(police.canRead(andPartners, narrower)).as(code.name()).isFalse();
		}
		var danish = visibility(user("DK-CUSTOMS", "CUSTOMS", "DK", Role.NATIONAL_COORDINATOR));
		assertThat(danish.canRead(participants, shared)).isTrue();
		assertThat(danish.readsAsPartner(andPartners, shared)).isFalse();
		var outsider = visibility(user("PT-CUSTOMS", "CUSTOMS", "PT", Role.NATIONAL_COORDINATOR));
		assertThat(outsider.canRead(andPartners, shared)).isFalse();
	}
}
