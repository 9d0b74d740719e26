package org.preventduty.identity;

import java.util.EnumSet;
import org.preventduty.shared.DemoDataSeeder;
import org.preventduty.shared.SecretBox;
import org.preventduty.shared.TenantId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At start-up: refuses to run on real data in demo mode, or with the demo key outside demo mode; makes sure the
 * bootstrap API key exists when one is given; and in demo mode adds the demo data of every module.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class Startup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(Startup.class);

    private final DemoMode demo;
    private final DemoData demoData;
    private final Tenants tenants;
    private final UserAccounts users;
    private final TenantManagement tenantManagement;
    private final UserManagement userManagement;
    private final ApiKeyManagement keys;
    private final PasswordEncoder encoder;
    private final SecretBox secrets;
    private final TransactionTemplate transactions;
    private final ObjectProvider<DemoDataSeeder> seeders;
    private final String bootstrapKey;

    Startup(
            DemoMode demo,
            DemoData demoData,
            Tenants tenants,
            UserAccounts users,
            TenantManagement tenantManagement,
            UserManagement userManagement,
            ApiKeyManagement keys,
            PasswordEncoder encoder,
            SecretBox secrets,
            TransactionTemplate transactions,
            ObjectProvider<DemoDataSeeder> seeders,
            @Value("${PDM_BOOTSTRAP_API_KEY:}") String bootstrapKey) {
        this.demo = demo;
        this.demoData = demoData;
        this.tenants = tenants;
        this.users = users;
        this.tenantManagement = tenantManagement;
        this.userManagement = userManagement;
        this.keys = keys;
        this.encoder = encoder;
        this.secrets = secrets;
        this.transactions = transactions;
        this.seeders = seeders;
        this.bootstrapKey = bootstrapKey;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (args.getNonOptionArgs().contains("audit-verify")) {
            return;
        }
        TenantScope.asSystem(() -> {
            if (demo.isOn()) {
                refuseRealData();
            } else if (secrets.usesDemoKey()) {
                throw new IllegalStateException(
                        "PDM_SECRET_KEY must be set to a secret of the deployment outside demo mode");
            }
            transactions.executeWithoutResult(status -> keys.keepBootstrap(bootstrapKey));
            if (demo.isOn()) {
                seed();
            }
        });
    }

    private void refuseRealData() {
        var real = transactions.execute(status -> tenants.countReal() + users.countReal());
        if (real != null && real > 0) {
            throw new IllegalStateException("Demo mode is on but the database holds real (non-demo) tenants or users."
                    + " Turn demo mode off (PDM_DEMO=false) to use this database.");
        }
    }

    private void seed() {
        var started = System.nanoTime();
        String hash = null;
        for (var tenant : DemoData.TENANTS) {
            tenantManagement.ensureDemo(tenant.code(), tenant.name(), tenant.region());
        }
        for (var account : demoData.accounts()) {
            var exists = transactions.execute(status -> users.existsByEmail(account.email()));
            if (Boolean.TRUE.equals(exists)) {
                continue;
            }
            if (hash == null) {
                // One hash for all demo accounts: they share the published demo password.
                hash = encoder.encode(demo.password());
            }
            TenantId tenantId = account.tenantCode() == null
                    ? null
                    : tenants.findByCode(account.tenantCode())
                            .map(t -> new TenantId(t.id()))
                            .orElseThrow();
            userManagement.ensureDemo(
                    tenantId,
                    account.email(),
                    account.displayName(),
                    account.tenant() == null ? "Home Office (demo)" : account.tenant(),
                    EnumSet.of(account.role()),
                    hash);
        }
        // Partners sit on several councils' panels: Barnet's demo panel member (a police officer) sits on
        // Westminster's too, one person who is a user of two councils.
        tenants.findByCode("westminster")
                .ifPresent(westminster -> userManagement.ensureDemoMembership(
                        new TenantId(westminster.id()), "panel-member@barnet.example", EnumSet.of(Role.PANEL_MEMBER)));
        seeders.orderedStream().forEach(DemoDataSeeder::seed);
        log.info("Demo data ready in {} ms", (System.nanoTime() - started) / 1_000_000);
    }
}
