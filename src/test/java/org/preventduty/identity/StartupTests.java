package org.preventduty.identity;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

import org.junit.jupiter.api.Test;
import org.preventduty.shared.DemoDataSeeder;
import org.preventduty.shared.SecretBox;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

class StartupTests {

    @Test
    @SuppressWarnings("unchecked")
    void refusesToStartOutsideDemoModeWithTheDemoSecretKey() {
        var startup = new Startup(
                new DemoMode(new DemoSettings(false, "x"), "jdbc:postgresql://db/prevent"),
                new DemoData(),
                mock(Tenants.class),
                mock(UserAccounts.class),
                mock(TenantManagement.class),
                mock(UserManagement.class),
                mock(ApiKeyManagement.class),
                mock(PasswordEncoder.class),
                new SecretBox(SecretBox.DEMO_KEY),
                mock(TransactionTemplate.class),
                mock(ObjectProvider.class),
                "");

        assertThatThrownBy(() -> startup.run(new DefaultApplicationArguments()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("PDM_SECRET_KEY");
    }

    @Test
    void demoModeIsOnByDefaultOnlyWithTheEmbeddedDatabase() {
        org.assertj.core.api.Assertions.assertThat(
                        new DemoMode(new DemoSettings(null, "x"), "jdbc:h2:file:./data/x").isOn())
                .isTrue();
        org.assertj.core.api.Assertions.assertThat(
                        new DemoMode(new DemoSettings(null, "x"), "jdbc:postgresql://db/x").isOn())
                .isFalse();
        org.assertj.core.api.Assertions.assertThat(
                        new DemoMode(new DemoSettings(true, "x"), "jdbc:postgresql://db/x").isOn())
                .isTrue();
    }

    @SuppressWarnings("unused")
    private static ObjectProvider<DemoDataSeeder> none() {
        return null;
    }
}
