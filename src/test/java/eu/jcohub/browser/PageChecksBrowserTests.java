package eu.jcohub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The checks of the browser tests can fail: on a page broken on purpose, axe-core reports the unlabelled field
 * and the walk's checks report every kind of problem a newcomer must not meet.
 */
class PageChecksBrowserTests {

	private static final String BROKEN = """
			<!DOCTYPE html><html lang="en"><head><title>Broken on purpose</title></head><body><main>
			<h1>Broken on purpose</h1>
			<p>Type: JCO_REGIONAL; id 0b7c8f0e-1d2a-4c3b-9e8f-123456789abc; java.lang.IllegalStateException</p>
			<p><span>PARTICIPANTS</span></p>
			<div style="width: 600px">Wider than a phone</div>
			<form novalidate action="/sent"><input name="unlabelled" required>
			  <input name="hidden" required style="display: none"><button>Send</button></form>
			<form action="/sent"><label for="name">Name</label><input id="name" name="name" required><button>Send</button></form>
			<script>console.error('broken on purpose');</script>
			</main></body></html>""";

	@RegisterExtension
	final Browser browser = new Browser();

	@Test
	void aBrokenPageFailsAxeAndEveryCheckOfTheWalk() {
		var window = browser.open(0);
		window.size(390, 844);
		window.driver().get("data:text/html;charset=utf-8," + URLEncoder.encode(BROKEN, StandardCharsets.UTF_8)
			.replace("+", "%20"));

		assertThat(browser.takeViolations()).anySatisfy(line -> assertThat(line).startsWith("label (critical) on data:")
			.contains("input[name=\"unlabelled\"]"));

		var reading = new PageProblems(Set.of("PARTICIPANTS")).read(window, true);
		assertThat(reading.html()).isTrue();
		var problems = new ArrayList<>(reading.problems());
		for (var form : reading.formsWithRequiredFields()) {
			problems.addAll(PageProblems.sendWithARequiredFieldEmpty(window, form));
		}
		assertThat(problems).anyMatch(p -> p.endsWith("raw code JCO_REGIONAL"))
			.anyMatch(p -> p.endsWith("id in the text 0b7c8f0e-1d2a-4c3b-9e8f-123456789abc"))
			.anyMatch(p -> p.contains("Java name java.lang"))
			.anyMatch(p -> p.endsWith("code instead of words PARTICIPANTS"))
			.anyMatch(p -> p.contains("wider than the phone"))
			.anyMatch(p -> p.contains("console error") && p.contains("broken on purpose"))
			.anyMatch(p -> p.contains("turns the browser's validation off (novalidate)"))
			.anyMatch(p -> p.contains("requires fields no one can see: [hidden]"))
			.anyMatch(p -> p.contains("form 0: sent with unlabelled empty"))
			.noneMatch(p -> p.contains("form 1"));
	}
}
