package org.preventduty.privacy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jspecify.annotations.Nullable;
import org.preventduty.audit.AuditRecord;
import org.preventduty.audit.AuditTrail;
import org.preventduty.audit.PersonAccessLog;
import org.preventduty.identity.CurrentActor;
import org.preventduty.identity.TenantManagement;
import org.preventduty.shared.InvalidInputException;
import org.preventduty.shared.InvalidInputException.Problem;
import org.preventduty.shared.NotFoundException;
import org.preventduty.shared.TaggedPdf;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import tools.jackson.databind.json.JsonMapper;

/**
 * Subject access (UK GDPR Art 15): a Prevent lead records a person's request, which is due a month from its receipt,
 * and makes the export: a ZIP of a JSON file and a PDF to read of everything every module holds about the person, and
 * who has read their records and when, without what the lead chose to withhold, which the export records with the
 * exemption relied on. Making it is audited.
 */
@Service
class SubjectAccess {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final JsonMapper JSON =
            JsonMapper.builder().findAndAddModules().build();

    private final List<SubjectAccessPart> parts;
    private final PersonRecords people;
    private final PersonAccessLog reads;
    private final TenantManagement tenants;
    private final JdbcClient jdbc;
    private final CurrentActor actors;
    private final AuditTrail audit;
    private final ITemplateEngine templates;
    private final MessageSource messages;
    private final Clock clock;

    SubjectAccess(
            List<SubjectAccessPart> parts,
            PersonRecords people,
            PersonAccessLog reads,
            TenantManagement tenants,
            JdbcClient jdbc,
            CurrentActor actors,
            AuditTrail audit,
            ITemplateEngine templates,
            MessageSource messages,
            Clock clock) {
        this.parts = parts;
        this.people = people;
        this.reads = reads;
        this.tenants = tenants;
        this.jdbc = jdbc;
        this.actors = actors;
        this.audit = audit;
        this.templates = templates;
        this.messages = messages;
        this.clock = clock;
    }

    /** A request for a person's records. */
    record Request(
            UUID id,
            LocalDate receivedOn,
            LocalDate dueOn,
            @Nullable Instant answeredAt) {

        public boolean answered() {
            return answeredAt != null;
        }
    }

    /** The export made, to download. */
    record Export(String fileName, byte[] content) {}

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), LONDON);
    }

    /** The person's name, checking they are a person of the council. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('PREVENT_LEAD')")
    String person(UUID personId) {
        return people.name(actors.requireTenant().value(), personId).orElseThrow(() -> new NotFoundException("Person"));
    }

    /** The person's requests, the most recent first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('PREVENT_LEAD')")
    List<Request> requests(UUID personId) {
        person(personId);
        return jdbc.sql("select id, received_on, due_on, answered_at from subject_access_request where tenant_id = ?"
                        + " and person_id = ? order by received_on desc, recorded_at desc")
                .params(actors.requireTenant().value(), personId)
                .query((rs, n) -> new Request(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, LocalDate.class),
                        rs.getObject(3, LocalDate.class),
                        rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant()))
                .list();
    }

    /** The council's requests not yet answered, for the Prevent lead's tasks. */
    List<Object[]> open(UUID tenant) {
        return jdbc.sql("select person_id, due_on, received_on from subject_access_request where tenant_id = ?"
                        + " and answered_at is null order by due_on")
                .param(tenant)
                .query((rs, n) -> new Object[] {
                    rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class)
                })
                .list();
    }

    /**
     * Records a request received on a day, due a month later.
     *
     * @throws InvalidInputException when the day is missing or in the future.
     */
    @Transactional
    @PreAuthorize("hasRole('PREVENT_LEAD')")
    UUID record(UUID personId, @Nullable LocalDate receivedOn) {
        person(personId);
        if (receivedOn == null) {
            throw new InvalidInputException(
                    List.of(new Problem("receivedOn", "sar.receivedOn.invalid", "must be a real day")));
        }
        if (receivedOn.isAfter(today())) {
            throw new InvalidInputException(
                    List.of(new Problem("receivedOn", "sar.receivedOn.future", "must be today or before")));
        }
        var actor = actors.require();
        var id = UUID.randomUUID();
        jdbc.sql("insert into subject_access_request (id, tenant_id, person_id, received_on, due_on, recorded_by,"
                        + " recorded_at) values (?, ?, ?, ?, ?, ?, ?)")
                .params(
                        id,
                        actor.requireTenant().value(),
                        personId,
                        receivedOn,
                        receivedOn.plusMonths(1),
                        actor.id(),
                        Timestamp.from(clock.instant()))
                .update();
        audit.record(AuditRecord.of("SUBJECT_ACCESS_REQUEST_RECORDED", "SUBJECT_ACCESS_REQUEST", id)
                .about(personId));
        return id;
    }

    /**
     * Makes the export of everything held about a person, answering their open requests.
     *
     * @throws NotFoundException when the council has no such person.
     */
    @Transactional
    @PreAuthorize("hasRole('PREVENT_LEAD')")
    Export export(UUID personId, Set<Withholding> withheld, Locale locale) {
        var name = person(personId);
        var actor = actors.require();
        var tenant = actor.requireTenant().value();
        var chosen = withheld.isEmpty() ? EnumSet.noneOf(Withholding.class) : EnumSet.copyOf(withheld);
        var made = new ArrayList<SubjectAccessPart.Part>();
        parts.forEach(part -> made.add(part.part(tenant, personId, chosen, locale)));
        var access = reads.of(tenant, personId);

        var json = new LinkedHashMap<String, Object>();
        json.put("council", tenants.get(actor.requireTenant()).name());
        json.put("person", name);
        json.put("madeOn", today());
        var withheldList = new ArrayList<Object>();
        chosen.forEach(w -> withheldList.add(new LinkedHashMap<>(
                java.util.Map.of("what", w.name(), "exemption", text("sar.exemption." + w.name(), locale)))));
        json.put("withheld", withheldList);
        made.forEach(part -> json.put(part.module(), part.data()));
        json.put("whoReadTheRecords", access);

        var context = new Context(locale);
        context.setVariable("council", json.get("council"));
        context.setVariable("person", name);
        context.setVariable("madeOn", today());
        context.setVariable("parts", made);
        context.setVariable("withheld", chosen);
        context.setVariable("reads", access);
        context.setVariable("language", locale.getLanguage());
        var html = templates.process("privacy/subject-access-document", context);

        var zip = new ByteArrayOutputStream();
        try (var out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("subject-access.json"));
            out.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(json));
            out.closeEntry();
            out.putNextEntry(new ZipEntry("subject-access.pdf"));
            out.write(TaggedPdf.of(html));
            out.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var codes = chosen.stream().map(Enum::name).collect(Collectors.joining(","));
        jdbc.sql("update subject_access_request set answered_at = ?, answered_by = ?, withheld = ? where tenant_id = ?"
                        + " and person_id = ? and answered_at is null")
                .params(Timestamp.from(clock.instant()), actor.id(), codes, tenant, personId)
                .update();
        audit.record(AuditRecord.of("SUBJECT_ACCESS_EXPORTED", "PERSON", personId)
                .about(personId)
                .withDetail(codes.isEmpty() ? "nothing withheld" : "withheld " + codes));
        return new Export("subject-access-" + today() + ".zip", zip.toByteArray());
    }

    /** Deletes the requests of a person whose records are all deleted. */
    void forget(UUID tenant, UUID personId) {
        jdbc.sql("delete from subject_access_request where tenant_id = ? and person_id = ?")
                .params(tenant, personId)
                .update();
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
