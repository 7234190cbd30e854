package eu.jcohub.planning.web;

import eu.jcohub.access.AccessPolicy;
import eu.jcohub.operations.OperationSection;
import eu.jcohub.operations.OperationStatus;
import eu.jcohub.operations.OperationView;
import eu.jcohub.planning.Invitation;
import eu.jcohub.planning.Invitations;
import eu.jcohub.reference.Organisation;
import eu.jcohub.reference.ReferenceData;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The operation page's invitations: for those who plan it every invitation with its answer and a form to invite
 * more administrations; for an invited administration its own invitation and where to answer it.
 */
@Component
class InvitationsSection implements OperationSection {

	private final Invitations invitations;
	private final ReferenceData reference;
	private final AccessPolicy access;
	private final Names names;

	InvitationsSection(Invitations invitations, ReferenceData reference, AccessPolicy access, Names names) {
		this.invitations = invitations;
		this.reference = reference;
		this.access = access;
		this.names = names;
	}

	@Override
	public int order() {
		return 50;
	}

	@Override
	public Optional<PageFragment> sectionFor(OperationView operation) {
		if (operation.status() == OperationStatus.TABLED) {
			return Optional.empty();
		}
		var data = new HashMap<String, Object>();
		data.put("operation", operation);
		data.put("names", names);
		if (operation.changeable()) {
			var all = invitations.of(operation.id());
			var invited = all.stream().map(Invitation::organisation).collect(Collectors.toSet());
			data.put("invitations", all);
			data.put("planner", true);
			data.put("inviting", !operation.status().isFinal() && isBeforeStart(operation.status()));
			var preselected = reference.organisations().stream()
				.filter(o -> o.kind() == Organisation.Kind.CUSTOMS && o.country() != null
						&& operation.plan().participants().contains(o.country()))
				.map(Organisation::code)
				.collect(Collectors.toSet());
			// The plan's participants first, ticked: the leader usually invites them and looks for the rest below.
			data.put("candidates", reference.organisations().stream()
				.filter(o -> o.kind() == Organisation.Kind.CUSTOMS && !o.code().equals(operation.plan().organiser()))
				.filter(o -> !invited.contains(o.code()))
				.sorted(Comparator.comparing((Organisation o) -> !preselected.contains(o.code()))
					.thenComparing(Organisation::name))
				.toList());
			data.put("preselected", preselected);
			return Optional.of(new PageFragment("planning/invitations", data));
		}
		var organisation = access.currentUser().organisation();
		var own = invitations.inbox().stream()
			.filter(invitation -> invitation.operationId().equals(operation.id()))
			.filter(invitation -> invitation.organisation().equals(organisation))
			.toList();
		if (own.isEmpty()) {
			return Optional.empty();
		}
		data.put("invitations", own);
		data.put("planner", false);
		data.put("inviting", false);
		data.put("candidates", List.of());
		data.put("preselected", java.util.Set.of());
		return Optional.of(new PageFragment("planning/invitations", data));
	}

	private static boolean isBeforeStart(OperationStatus status) {
		return status == OperationStatus.PROPOSAL || status == OperationStatus.BUSINESS_CASE
				|| status == OperationStatus.FUNDING || status == OperationStatus.PREPARATION;
	}
}
