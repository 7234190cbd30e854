package eu.jcohub.accounts.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page, and the front door that leads to the calendar. */
@Controller
class SignInPages {

	@GetMapping("/login")
	String login() {
		return "login";
	}

	@GetMapping("/")
	String home() {
		return "redirect:/calendar";
	}
}
