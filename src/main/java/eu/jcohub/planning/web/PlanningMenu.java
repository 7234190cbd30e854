package eu.jcohub.planning.web;

import eu.jcohub.access.AccessPolicy;
import eu.jcohub.access.Role;
import eu.jcohub.access.Visibility;
import eu.jcohub.planning.PlanningRules;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What planning offers in every page's menu, only to those who may use it: the facilitator board and the templates'
 * editor to the facilitating structure and the secretariat, the invitations inbox to national coordinators.
 */
@ControllerAdvice(annotations = Controller.class)
class PlanningMenu {

	private final AccessPolicy access;

	PlanningMenu(AccessPolicy access) {
		this.access = access;
	}

	/**
	 * The board's rule depends on the user's roles alone, so no operation roles are read: the menu is drawn on every
	 * page, the error pages included, and must be drawn while the database cannot be reached.
	 */
	@ModelAttribute("mayUseBoard")
	boolean mayUseBoard() {
		return access.signedIn().map(user -> Visibility.of(user, Map.of()).allows(PlanningRules.BOARD)).orElse(false);
	}

	@ModelAttribute("hasInvitations")
	boolean hasInvitations() {
		return access.signedIn().map(user -> user.has(Role.NATIONAL_COORDINATOR)).orElse(false);
	}

	@ModelAttribute("mayReadTemplates")
	boolean mayReadTemplates() {
		return access.signedIn().map(user -> user.mayTableOperations()).orElse(false);
	}
}
