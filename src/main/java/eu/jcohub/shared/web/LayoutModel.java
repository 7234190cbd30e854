package eu.jcohub.shared.web;

import eu.jcohub.shared.ActingFor;
import eu.jcohub.shared.db.DemoMode;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's frame shows: the DEMO banner and who is signed in. */
@ControllerAdvice(annotations = Controller.class)
class LayoutModel {

	private final DemoMode demo;

	LayoutModel(DemoMode demo) {
		this.demo = demo;
	}

	@ModelAttribute("demoMode")
	boolean demoMode() {
		return demo.enabled();
	}

	@ModelAttribute("currentUser")
	@Nullable
	Object currentUser() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof ActingFor principal) {
			return principal;
		}
		return null;
	}
}
