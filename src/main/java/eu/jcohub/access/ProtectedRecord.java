package eu.jcohub.access;

import eu.jcohub.shared.OperationId;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the access policy needs to know of a record to decide who may see and change it.
 *
 * @param operationId the operation the record belongs to, if any
 * @param owner the owning organisation (for an operation: its organiser)
 * @param participantCountries countries whose customs administrations take part
 * @param partnerOrganisations other organisations named as partners
 * @param handlingCode the handling code
 * @param namedOrganisations the organisations named for {@link HandlingCode#NAMED}
 * @param operationRunning whether the operation is in its operational phase now (its OCU then sees even
 *        {@link HandlingCode#OWNER_ONLY} records)
 */
public record ProtectedRecord(@Nullable OperationId operationId, String owner, Set<String> participantCountries,
		Set<String> partnerOrganisations, HandlingCode handlingCode, Set<String> namedOrganisations,
		boolean operationRunning) {

	public ProtectedRecord(@Nullable OperationId operationId, String owner, Set<String> participantCountries,
			Set<String> partnerOrganisations, HandlingCode handlingCode, Set<String> namedOrganisations) {
		this(operationId, owner, participantCountries, partnerOrganisations, handlingCode, namedOrganisations, false);
	}

	public ProtectedRecord {
		participantCountries = Set.copyOf(participantCountries);
		partnerOrganisations = Set.copyOf(partnerOrganisations);
		namedOrganisations = Set.copyOf(namedOrganisations);
	}

	/** Something owned by an organisation and by nothing else: its settings, or an operation it wants to table. */
	public static ProtectedRecord ownedBy(String organisation) {
		return new ProtectedRecord(null, organisation, Set.of(), Set.of(), HandlingCode.OWNER_ONLY, Set.of());
	}
}
