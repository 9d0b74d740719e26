package org.preventduty.audit;

import java.io.PrintStream;
import javax.sql.DataSource;
import org.preventduty.identity.TenantScope;
import org.preventduty.identity.TenantScopedTransactionManager;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The command-line entry {@code audit-verify}: with the same environment as the application, connects to its database
 * and nothing else (no web server, no sessions, no migrations, no jobs), walks every chain of the audit trail, prints
 * the result and the head of each chain, and answers the exit status: 0 when every chain is intact, 1 at the first
 * broken link, 2 when the trail could not be checked at all (the database unreachable, say).
 */
public final class AuditVerificationCommand {

    /** Every chain is intact. */
    public static final int INTACT = 0;

    /** A link is broken. */
    public static final int BROKEN = 1;

    /** The trail could not be checked. */
    public static final int NOT_CHECKED = 2;

    private AuditVerificationCommand() {}

    /** Verifies the trail, printing to standard output (and problems to standard error); answers the exit status. */
    public static int run(String... args) {
        try (var context = new SpringApplicationBuilder(Verification.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .profiles("command")
                .run(args)) {
            var verifier = context.getBean(AuditVerifier.class);
            var transactions =
                    new TransactionTemplate(new TenantScopedTransactionManager(context.getBean(DataSource.class)));
            transactions.setReadOnly(true);
            var result = TenantScope.asSystem(() -> transactions.execute(status -> verifier.verify(null)));
            print(result, System.out);
            return result.intact() ? INTACT : BROKEN;
        } catch (RuntimeException e) {
            System.err.println("Audit trail verification: NOT CHECKED");
            System.err.println("The audit trail could not be read: " + reason(e));
            return NOT_CHECKED;
        }
    }

    static void print(ChainVerification result, PrintStream out) {
        out.println("Audit trail verification: " + (result.intact() ? "INTACT" : "BROKEN"));
        out.println("Chains checked: " + result.chainsChecked() + ", rows checked: " + result.rowsChecked());
        if (result.firstBrokenLink() != null) {
            var link = result.firstBrokenLink();
            out.println("First broken link: chain " + link.chain() + ", sequence " + link.seq() + ", row "
                    + link.eventId() + ": " + link.problem());
        }
        result.heads()
                .forEach(head -> out.println("Head " + head.chain() + " " + head.lastSeq() + " " + head.lastHash()));
    }

    /** The innermost message, which names what failed (a connection refused, an unknown database). */
    private static String reason(Throwable e) {
        var cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? "no reason given" : cause.getMessage();
    }

    /** Only the database and the verifier; not a component, so the application itself never picks it up. */
    @ImportAutoConfiguration({
        DataSourceAutoConfiguration.class,
        JdbcTemplateAutoConfiguration.class,
        JdbcClientAutoConfiguration.class
    })
    @EnableConfigurationProperties(AuditSettings.class)
    @Import({AuditLog.class, AuditVerifier.class})
    static class Verification {}
}
