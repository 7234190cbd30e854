package eu.jcohub;

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
		SpringApplication.run(JcoHubApplication.class, args);
	}
}
