package eu.jcohub.operations.web;

import eu.jcohub.access.AccessPolicy;
import eu.jcohub.access.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the calendar offers in every page's menu: "Add operation" only to those who may table one, so that nobody
 * fills in a whole form to be refused at the end.
 */
@ControllerAdvice(annotations = Controller.class)
class OperationsMenu {

	private final AccessPolicy access;

	OperationsMenu(AccessPolicy access) {
		this.access = access;
	}

	@ModelAttribute("mayTableOperations")
	boolean mayTableOperations() {
		return access.signedIn().map(CurrentUser::mayTableOperations).orElse(false);
	}
}
