package org.preventduty;

import java.util.Arrays;
import org.preventduty.audit.AuditVerificationCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Prevent Duty Manager: one place where a council runs its Prevent duty and Channel panel.
 *
 * <p>Run with no arguments to serve the web pages and the API. Run with {@code audit-verify} to walk the audit
 * trail's hash chains, print the result and exit with status 0 when intact, 1 when a link is broken, or 2 when the
 * trail could not be read.
 */
@SpringBootApplication
@Modulithic(sharedModules = "shared")
@ConfigurationPropertiesScan
@EnableScheduling
public class Application {

    public static void main(String[] args) {
        if (Arrays.asList(args).contains("audit-verify")) {
            System.exit(AuditVerificationCommand.run(args));
        }
        SpringApplication.run(Application.class, args);
    }
}
