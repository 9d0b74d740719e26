package org.preventduty.training;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.preventduty.identity.IdentityFixtures;
import org.preventduty.identity.Role;
import org.preventduty.identity.TenantManagement;
import org.preventduty.support.Api;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "service.demo.enabled=true")
@Import(IdentityFixtures.class)
class TrainingDemoDataIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    IdentityFixtures fixtures;

    @Autowired
    TenantManagement tenants;

    @Test
    void barnetsAdultsAndHealthReproducesTableOneOfItsReport() {
        var barnet = org.preventduty.identity.TenantScope.asSystem(
                () -> tenants.findByCode("barnet").orElseThrow());
        var key = fixtures.apiKey(barnet, Role.TRAINING_ADMIN);

        var coverage = new Api(port)
                .get("/api/v1/training/coverage?asOf=2020-12-31&sessionsFrom=2018-01-01&sessionsTo=2020-12-31", key);

        assertThat(coverage.status()).isEqualTo(200);
        var rows = TrainingApiIntegrationTests.rows(coverage.json());
        var adults = rows.get("Adults and Health");
        assertThat(adults.get("requiringTraining").asLong()).isEqualTo(302);
        assertThat(adults.get("trained").asLong()).isEqualTo(287);
        assertThat(adults.get("sessionsDelivered").asLong()).isEqualTo(35);
        assertThat(adults.get("coveragePercent").asDouble()).isEqualTo(95.0);
        assertThat(rows).containsKeys("Family Services", "Environment");
    }
}
