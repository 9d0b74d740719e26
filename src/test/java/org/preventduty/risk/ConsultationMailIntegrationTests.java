package org.preventduty.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.preventduty.identity.IdentityFixtures;
import org.preventduty.identity.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/** A consultation link is emailed to the partner contact through a real SMTP server (GreenMail) when one is set. */
@SpringBootTest(
        properties = {
            "spring.mail.host=127.0.0.1",
            "spring.mail.port=" + ConsultationMailIntegrationTests.PORT,
            "service.risk.mail-from=prevent@test.example"
        })
@AutoConfigureMockMvc
@Import(IdentityFixtures.class)
class ConsultationMailIntegrationTests {

    static final int PORT = 3926;

    @RegisterExtension
    static GreenMailExtension smtp =
            new GreenMailExtension(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @Autowired
    MockMvc mvc;

    @Autowired
    IdentityFixtures fixtures;

    @Test
    void theLinkIsEmailedToTheContactAndStillShownOnce() throws Exception {
        var officer = fixtures.user(fixtures.tenant(), Role.DELIVERY_OFFICER);
        var auth = authentication(fixtures.authentication(officer, true));
        mvc.perform(post("/risk/assessments")
                .param("title", "Assessment")
                .with(csrf())
                .with(auth));
        var overview = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/risk")
                        .with(auth))
                .andReturn()
                .getResponse()
                .getContentAsString();
        var id = overview.replaceAll("(?s).*?/risk/assessments/([0-9a-f-]{36})/consultation.*", "$1");
        mvc.perform(post("/risk/assessments/" + id + "/questions")
                .param("text", "What risks do you see?")
                .with(csrf())
                .with(auth));

        var made = mvc.perform(post("/risk/assessments/" + id + "/links")
                        .param("organisation", "Probation")
                        .param("email", "prevent@probation.example")
                        .with(csrf())
                        .with(auth))
                .andReturn();

        assertThat(made.getFlashMap().get("success")).isEqualTo("risk.link.emailed");
        var link = (String) made.getFlashMap().get("madeLink");
        var messages = smtp.getReceivedMessages();
        assertThat(messages).hasSize(1);
        assertThat(messages[0].getAllRecipients()[0].toString()).isEqualTo("prevent@probation.example");
        assertThat(messages[0].getFrom()[0].toString()).isEqualTo("prevent@test.example");
        assertThat(GreenMailUtil.getBody(messages[0])).contains(link.substring(link.indexOf("/consultation/")));
    }
}
