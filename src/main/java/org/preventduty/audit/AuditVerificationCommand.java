package org.preventduty.audit;

import org.preventduty.identity.TenantScope;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

/**
 * The command-line entry {@code audit-verify}: walks every chain of the trail, prints the result and sets the exit
 * status (0 intact, 1 broken).
 */
@Component
class AuditVerificationCommand implements ApplicationRunner, ExitCodeGenerator {

    private final AuditManagement audit;
    private int exitCode;

    AuditVerificationCommand(AuditManagement audit) {
        this.audit = audit;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!args.getNonOptionArgs().contains("audit-verify")) {
            return;
        }
        var result = TenantScope.asSystem(audit::verifyAll);
        var out = System.out;
        out.println("Audit trail verification: " + (result.intact() ? "INTACT" : "BROKEN"));
        out.println("Chains checked: " + result.chainsChecked() + ", rows checked: " + result.rowsChecked());
        if (result.firstBrokenLink() != null) {
            var link = result.firstBrokenLink();
            out.println("First broken link: chain " + link.chain() + ", sequence " + link.seq() + ", row "
                    + link.eventId() + ": " + link.problem());
        }
        result.heads()
                .forEach(head -> out.println("Head " + head.chain() + " " + head.lastSeq() + " " + head.lastHash()));
        exitCode = result.intact() ? 0 : 1;
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
