package eu.jcohub.analytics.web;

import eu.jcohub.access.AccessPolicy;
import eu.jcohub.access.Visibility;
import eu.jcohub.analytics.AnalyticsRules;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The dashboard in every page's menu, for those who may read it. */
@ControllerAdvice(annotations = Controller.class)
class AnalyticsMenu {

	private final AccessPolicy access;

	AnalyticsMenu(AccessPolicy access) {
		this.access = access;
	}

	/** The rule depends on the roles alone: no database read, so the menu is drawn on error pages too. */
	@ModelAttribute("mayReadAnalytics")
	boolean mayReadAnalytics() {
		return access.signedIn().map(user -> Visibility.of(user, Map.of()).allows(AnalyticsRules.READ)).orElse(false);
	}
}
