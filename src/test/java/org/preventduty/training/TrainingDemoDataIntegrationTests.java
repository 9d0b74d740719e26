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
@Import({IdentityFixtures.class, org.preventduty.referrals.ReferralFixtures.class})
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

    @Autowired
    org.preventduty.referrals.ReferralFixtures as;

    @Autowired
    Trainers trainers;

    @Autowired
    TrainingCoverage coverage;

    @Autowired
    TrainingSessions sessions;

    @Test
    void birminghamHasAnAccreditedTrainerInSixtyEightPercentOfItsSchools() {
        var birmingham = org.preventduty.identity.TenantScope.asSystem(
                () -> tenants.findByCode("birmingham").orElseThrow());
        var admin = fixtures.user(birmingham, Role.TRAINING_ADMIN);

        var schools = as.as(admin, () -> trainers.institutions(java.time.LocalDate.now())).shares().stream()
                .filter(share -> share.type() == org.preventduty.partners.OrganisationType.SCHOOL)
                .findFirst()
                .orElseThrow();

        assertThat(schools.institutions()).isEqualTo(25);
        assertThat(schools.withTrainer()).isEqualTo(17);
        assertThat(schools.percent()).isEqualByComparingTo("68.0");
    }

    @Test
    void wolverhamptonsTwentyFourCouncillorsAreTrainedAndItHasFortyFiveTrainers() {
        var wolverhampton = org.preventduty.identity.TenantScope.asSystem(
                () -> tenants.findByCode("wolverhampton").orElseThrow());
        var admin = fixtures.user(wolverhampton, Role.TRAINING_ADMIN);
        var today = java.time.LocalDate.now();

        var elected = as
                .as(
                        admin,
                        () -> coverage.table(today, today, today, TrainingCoverage.Grouping.STAFF_GROUP)
                                .rows())
                .stream()
                .filter(row -> TrainingCoverage.ELECTED_MEMBERS.equals(row.group()))
                .findFirst()
                .orElseThrow();

        assertThat(elected.requiringTraining()).isEqualTo(24);
        assertThat(elected.trained()).isEqualTo(24);
        assertThat(as.as(admin, () -> trainers.list())).hasSize(45);
    }

    @Test
    void barnetHasItsMonthlyOpenSessionsPlannedWithPlacesAndPeopleToInvite() {
        var barnet = org.preventduty.identity.TenantScope.asSystem(
                () -> tenants.findByCode("barnet").orElseThrow());
        var admin = fixtures.user(barnet, Role.TRAINING_ADMIN);

        var planned = as.as(admin, () -> sessions.list(java.time.LocalDate.now(), "PLANNED", 0));

        assertThat(planned.totalItems()).isEqualTo(6);
        assertThat(planned.items())
                .allSatisfy(s -> assertThat(s.series()).isEqualTo("Open WRAP sessions, monthly"))
                .allSatisfy(s -> assertThat(s.capacity()).isEqualTo(20));
        var first = planned.items().get(0);
        assertThat(as.as(admin, () -> sessions.candidates(first.id()))).hasSize(20);
    }
}
