package eu.jcohub.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import eu.jcohub.access.Role;
import eu.jcohub.support.Api;
import eu.jcohub.support.FormSession;
import eu.jcohub.support.IntegrationTest;
import eu.jcohub.support.Plans;
import eu.jcohub.support.RawHttp;
import eu.jcohub.support.TestAccounts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every page (and page endpoint) that answers GET, walked from the controller mappings with the parameters its
 * handler reads, given malformed ids and parameter values: never a server error, never a name from the code.
 * The API has its own, richer test ({@link MalformedApiInputTests}).
 */
@IntegrationTest
class MalformedPageAddressTests {

	private static final List<String> BAD = List.of("%ff%fe", "%zz", "a%00b", "x".repeat(3000), "not-a-value",
			"123456789012345678901234567890");
	private static final Pattern INTERNALS = Pattern.compile("java\\.|org\\.springframework|tools\\.jackson|"
			+ "Exception|Failed to convert|\\.java:\\d");

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void noPageAnswersMalformedParametersWithAServerError() {
		var leader = accounts.ensure("t.pages.leader.dk", "DK-CUSTOMS", Role.OPERATION_LEADER);
		var api = Api.as(port, leader);
		var start = LocalDate.of(2024, 6, 1);
		var operation = api.post("/api/operations", Plans.json("PAGES A " + System.nanoTime(), "DK-CUSTOMS", "DK",
				List.of("FI"), List.of("CIGARETTES"), List.of("ROAD"), start, start.plusDays(9))).json().get("id").asString();
		var seizure = api.post("/api/operations/" + operation + "/seizures", """
				{"seizedOn":"2024-06-02","place":"Padborg","goodsCategory":"CIGARETTES","description":"cartons",
				 "handlingCode":"PARTICIPANTS"}""").json().get("id").asString();
		var cookie = Map.of("Cookie", FormSession.signedIn(port, leader).cookieHeader());
		var http = new RawHttp(port);
		var problems = new ArrayList<String>();
		int sent = 0;
		for (var entry : mappings.getHandlerMethods().entrySet()) {
			var methods = entry.getKey().getMethodsCondition().getMethods();
			if (!methods.isEmpty() && methods.stream().noneMatch(method -> method.name().equals("GET"))) {
				continue;
			}
			for (var pattern : entry.getKey().getPathPatternsCondition().getPatternValues()) {
				if (pattern.startsWith("/api/") || pattern.startsWith("/v3/") || pattern.startsWith("/swagger")
						|| pattern.equals("/error")) {
					continue;
				}
				var path = path(pattern, operation, seizure);
				var targets = new ArrayList<String>();
				for (var variable : variables(pattern)) {
					for (var bad : List.of("not-a-uuid", "a".repeat(300), "%00")) {
						targets.add(path(pattern.replace("{" + variable + "}", bad), operation, seizure));
					}
				}
				var parameters = parameters(entry.getValue());
				for (var bad : BAD) {
					// Each alone, and all at once: a required one missing would otherwise stop the rest being read.
					parameters.forEach(parameter -> targets.add(path + "?" + parameter + "=" + bad));
					if (parameters.size() > 1) {
						targets.add(path + "?" + String.join("=" + bad + "&", parameters) + "=" + bad);
					}
				}
				for (var target : targets) {
					var answer = http.send("GET", target, cookie, null, null);
					sent++;
					if (answer.status() >= 500) {
						problems.add(target.substring(0, Math.min(target.length(), 120)) + ": HTTP " + answer.status());
					}
					var internals = INTERNALS.matcher(answer.body());
					if (answer.status() >= 400 && internals.find()) {
						problems.add(target.substring(0, Math.min(target.length(), 120)) + ": names " + internals.group());
					}
				}
			}
		}
		System.out.println("Page addresses: " + sent + " requests");
		assertThat(sent).isGreaterThan(200);
		assertThat(problems).isEmpty();
	}

	/** The pattern with real ids: the seizure report's on seizure pages, else the operation's. */
	private static String path(String pattern, String operation, String seizure) {
		var path = pattern.replace("{kind}", "countries").replace("{category}", "PERSON").replace("{other}", operation);
		return path.startsWith("/seizures/") ? path.replace("{id}", seizure) : path.replace("{id}", operation);
	}

	private static List<String> variables(String pattern) {
		var names = new ArrayList<String>();
		var matcher = Pattern.compile("\\{(\\w+)}").matcher(pattern);
		while (matcher.find()) {
			names.add(matcher.group(1));
		}
		return names;
	}

	/** The request parameters the handler reads: named ones, and the properties of a form object it binds. */
	private static Set<String> parameters(HandlerMethod handler) {
		var names = new LinkedHashSet<String>();
		for (var parameter : handler.getMethodParameters()) {
			parameter.initParameterNameDiscovery(new org.springframework.core.DefaultParameterNameDiscoverer());
			var requestParam = parameter.getParameterAnnotation(RequestParam.class);
			if (requestParam != null) {
				names.add(!requestParam.name().isEmpty() ? requestParam.name() : parameter.getParameterName());
			}
			else if (parameter.hasParameterAnnotation(ModelAttribute.class) || isFormObject(parameter)) {
				var type = parameter.getParameterType();
				if (type.isRecord()) {
					for (var component : type.getRecordComponents()) {
						names.add(component.getName());
					}
				}
				else {
					for (var property : BeanUtils.getPropertyDescriptors(type)) {
						if (property.getWriteMethod() != null) {
							names.add(property.getName());
						}
					}
				}
			}
		}
		return names;
	}

	private static boolean isFormObject(MethodParameter parameter) {
		var type = parameter.getParameterType();
		return !parameter.hasParameterAnnotation(PathVariable.class) && !BeanUtils.isSimpleProperty(type)
				&& type.getName().startsWith("eu.jcohub.");
	}
}
