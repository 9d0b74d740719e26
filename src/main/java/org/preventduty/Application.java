package org.preventduty;

import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Prevent Duty Manager: one place where a council runs its Prevent duty and Channel panel.
 *
 * <p>Run with no arguments to serve the web pages and the API. Run with {@code audit-verify} to walk the audit
 * trail's hash chains, print the result and exit with status 0 when intact or 1 when a link is broken.
 */
@SpringBootApplication
@Modulithic(sharedModules = "shared")
@ConfigurationPropertiesScan
@EnableScheduling
public class Application {

    public static void main(String[] args) {
        if (Arrays.asList(args).contains("audit-verify")) {
            var application = new SpringApplication(Application.class);
            application.setWebApplicationType(WebApplicationType.NONE);
            application.setAdditionalProfiles("command");
            System.exit(SpringApplication.exit(application.run(args)));
        }
        SpringApplication.run(Application.class, args);
    }
}
