package eu.jcohub;

import java.util.Arrays;
import java.util.stream.Stream;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/** JCO Hub: plan, coordinate, run and follow up Joint Customs Operations. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@Modulithic(systemName = "JCO Hub", sharedModules = "shared")
public class JcoHubApplication {

	public static void main(String[] args) {
		if (Arrays.stream(args).anyMatch(argument -> argument.startsWith("--restore="))) {
			restore(args);
			return;
		}
		SpringApplication.run(JcoHubApplication.class, args);
	}

	/**
	 * {@code --restore=<backup.zip>}: a one-off run that restores the backup, checks it and ends. Its web server
	 * listens on a free port nobody is told of, not on the instance's. Events the backup holds as not yet handled are
	 * handled on the next ordinary start.
	 */
	private static void restore(String[] args) {
		var arguments = Stream.concat(Arrays.stream(args), Stream.of("--server.port=0",
				"--spring.modulith.events.republish-outstanding-events-on-restart=false")).toArray(String[]::new);
		System.exit(SpringApplication.exit(SpringApplication.run(JcoHubApplication.class, arguments)));
	}
}
