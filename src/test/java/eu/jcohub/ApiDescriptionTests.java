package eu.jcohub;

import static org.assertj.core.api.Assertions.assertThat;

import eu.jcohub.support.Api;
import eu.jcohub.support.IntegrationTest;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.info.BuildProperties;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What Swagger UI shows of the API: its name and version, how to sign in, and readable tags and summaries (to those
 * signed in: outside the demo the description is not public).
 */
@IntegrationTest
class ApiDescriptionTests {

	@LocalServerPort
	int port;

	@Autowired
	BuildProperties build;

	@Autowired
	eu.jcohub.support.TestAccounts accounts;

	@Test
	void theDescriptionNamesTheApiAndTheApplicationsVersion() {
		var info = Api.as(port, accounts.analyst()).get("/v3/api-docs").json().get("info");
		assertThat(info.get("title").asString()).isEqualTo("JCO Hub API");
		assertThat(info.get("version").asString()).isEqualTo(build.getVersion()).isNotEqualTo("v0");
		assertThat(info.get("description").asString()).contains("personal API token").contains("HTTP Basic");
	}

	@Test
	void basicAndBearerAreOfferedSoSwaggerUiHasAnAuthorizeButton() {
		var docs = Api.as(port, accounts.analyst()).get("/v3/api-docs").json();
		var schemes = docs.get("components").get("securitySchemes");
		assertThat(schemes.get("basic").get("type").asString()).isEqualTo("http");
		assertThat(schemes.get("basic").get("scheme").asString()).isEqualTo("basic");
		assertThat(schemes.get("bearer").get("type").asString()).isEqualTo("http");
		assertThat(schemes.get("bearer").get("scheme").asString()).isEqualTo("bearer");
		var required = new ArrayList<String>();
		docs.get("security").forEach(requirement -> requirement.propertyNames().forEach(required::add));
		assertThat(required).containsExactlyInAnyOrder("basic", "bearer");
	}

	@Test
	void everyTagIsDescribedAndEverySummaryIsAShortSentence() {
		var docs = Api.as(port, accounts.analyst()).get("/v3/api-docs").json();
		var used = new java.util.TreeSet<String>();
		docs.get("paths").forEach(path -> path.forEach(operation -> {
			var summary = operation.get("summary").asString();
			assertThat(summary).as("summary of %s", operation.get("operationId")).isNotBlank().hasSizeLessThan(130);
			operation.get("tags").forEach(tag -> used.add(tag.asString()));
		}));
		var described = new java.util.TreeSet<String>();
		docs.get("tags").forEach(tag -> {
			if (tag.has("description") && !tag.get("description").asString().isBlank()) {
				described.add(tag.get("name").asString());
			}
		});
		assertThat(described).containsAll(used);
	}
}
