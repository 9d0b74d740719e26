package org.preventduty.partners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preventduty.support.Api.json;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.preventduty.identity.IdentityFixtures;
import org.preventduty.identity.Role;
import org.preventduty.support.Api;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/** Organisations and projects through the API: listed a page at a time, added, read and changed with a version. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(IdentityFixtures.class)
class PartnersApiIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    IdentityFixtures fixtures;

    Api api;
    String officer;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        officer = fixtures.apiKey(fixtures.tenant(), Role.DELIVERY_OFFICER);
    }

    @Test
    void organisationsAreAddedListedByTypeAPageAtATimeAndChangedWithTheVersionRead() {
        var oak = api.post(
                "/api/v1/partners/organisations",
                officer,
                json("name", "Oak Primary School", "type", "SCHOOL", "spocName", "Deputy head"));
        assertThat(oak.status()).isEqualTo(201);
        var id = oak.json().get("id").asString();
        api.post("/api/v1/partners/organisations", officer, json("name", "Ash School", "type", "SCHOOL"));
        api.post("/api/v1/partners/organisations", officer, json("name", "Riverside Housing", "type", "HOUSING"));

        var schools = api.get("/api/v1/partners/organisations?type=SCHOOL&page=0&size=1", officer);
        assertThat(schools.status()).isEqualTo(200);
        assertThat(schools.json().get("totalItems").asLong()).isEqualTo(2);
        assertThat(schools.json().get("size").asInt()).isEqualTo(1);
        assertThat(schools.json().get("items").get(0).get("name").asString()).isEqualTo("Ash School");
        assertThat(api.get("/api/v1/partners/organisations?type=SCHOOL&page=1&size=1", officer)
                        .json()
                        .get("items")
                        .get(0)
                        .get("name")
                        .asString())
                .isEqualTo("Oak Primary School");

        var read = api.get("/api/v1/partners/organisations/" + id, officer).json();
        assertThat(read.get("version").asInt()).isZero();
        var changed = api.put(
                "/api/v1/partners/organisations/" + id,
                officer,
                json("name", "Oak Academy", "type", "SCHOOL", "spocName", "Deputy head", "version", 0));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().get("name").asString()).isEqualTo("Oak Academy");
        assertThat(changed.json().get("version").asInt()).isEqualTo(1);

        var stale = api.put(
                "/api/v1/partners/organisations/" + id,
                officer,
                json("name", "Oak Junior", "type", "SCHOOL", "version", 0));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(api.put("/api/v1/partners/organisations/" + id, officer, json("name", "Oak", "type", "SCHOOL"))
                        .status())
                .isEqualTo(400);
        assertThat(api.get("/api/v1/partners/organisations?size=501", officer).status())
                .isEqualTo(400);
        assertThat(api.get("/api/v1/partners/organisations/" + id, officer)
                        .json()
                        .get("name")
                        .asString())
                .isEqualTo("Oak Academy");
    }

    @Test
    void projectsTakeTheirQuartersAndAnotherCouncilCannotSeeThem() {
        var created = api.post(
                "/api/v1/partners/projects",
                officer,
                json(
                        "title", "Gangs and radicalisation project",
                        "provider", "Youth service",
                        "fundingSource", "Home Office Prevent grant",
                        "amountPounds", 20000,
                        "startsOn", "2019-04-01"));
        assertThat(created.status()).isEqualTo(201);
        var id = created.json().get("id").asString();
        var quarter = api.post(
                "/api/v1/partners/projects/" + id + "/outputs",
                officer,
                json(
                        "quarterStart", "2019-04-01",
                        "seriesDelivered", 4,
                        "participants", 92,
                        "age16To24", 92,
                        "female", 40,
                        "male", 52));
        assertThat(quarter.status()).isEqualTo(201);
        var wrong = api.post(
                "/api/v1/partners/projects/" + id + "/outputs",
                officer,
                json("quarterStart", "2019-07-01", "participants", 10, "age16To24", 9, "female", 10));
        assertThat(wrong.status()).isEqualTo(400);

        var project = api.get("/api/v1/partners/projects/" + id, officer).json();
        assertThat(project.get("totalParticipants").asLong()).isEqualTo(92);
        assertThat(project.get("outputs")).hasSize(1);
        assertThat(api.get("/api/v1/partners/projects", officer)
                        .json()
                        .get("totalItems")
                        .asLong())
                .isEqualTo(1);

        var elsewhere = fixtures.apiKey(fixtures.tenant(), Role.DELIVERY_OFFICER);
        assertThat(api.get("/api/v1/partners/projects/" + id, elsewhere).status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/partners/projects", elsewhere)
                        .json()
                        .get("totalItems")
                        .asLong())
                .isZero();
        var viewer = fixtures.apiKey(fixtures.tenant(), Role.REPORT_VIEWER);
        assertThat(api.post("/api/v1/partners/projects", viewer, json("title", "x"))
                        .status())
                .isEqualTo(403);
        var referrer = fixtures.apiKey(fixtures.tenant(), Role.REFERRER);
        assertThat(api.get("/api/v1/partners/projects", referrer).status()).isEqualTo(403);
    }
}
