package org.preventduty.tasks;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends the service's notices by email through the SMTP server set with {@code spring.mail.host}, one message to each
 * address; does nothing when none is set. A notice never holds personal data: it says what happened and links to the
 * page, which the reader signs in to see.
 */
@Component
class Mail {

    private static final Logger log = LoggerFactory.getLogger(Mail.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final TasksSettings settings;

    Mail(ObjectProvider<JavaMailSender> sender, TasksSettings settings) {
        this.sender = sender;
        this.settings = settings;
    }

    /** Whether notices can be emailed: through GOV.UK Notify, or an SMTP server. */
    boolean available() {
        return settings.govukNotify().enabled() || sender.getIfAvailable() != null;
    }

    /** Sends the notice to each address; answers how many were sent. A refusal is logged without the address. */
    int send(List<String> to, String subject, String body) {
        if (settings.govukNotify().enabled()) {
            return sendThroughNotify(to, subject, body);
        }
        var mail = sender.getIfAvailable();
        if (mail == null) {
            return 0;
        }
        var sent = 0;
        for (var address : to) {
            var message = new SimpleMailMessage();
            message.setFrom(settings.mailFrom());
            message.setTo(address);
            message.setSubject(subject);
            message.setText(body);
            try {
                mail.send(message);
                sent++;
            } catch (MailException e) {
                log.warn("A notice could not be sent: {}", e.getClass().getSimpleName());
            }
        }
        return sent;
    }

    /** Sends each notice through GOV.UK Notify; a refusal is logged without the address. */
    private int sendThroughNotify(List<String> to, String subject, String body) {
        var notify = settings.govukNotify();
        var client = new uk.gov.service.notify.NotificationClient(notify.apiKey(), notify.baseUrl());
        var sent = 0;
        for (var address : to) {
            try {
                client.sendEmail(
                        notify.templateId(), address, java.util.Map.of("subject", subject, "body", body), null);
                sent++;
            } catch (uk.gov.service.notify.NotificationClientException e) {
                log.warn("A notice could not be sent through GOV.UK Notify: status {}", e.getHttpResult());
            }
        }
        return sent;
    }
}
