package org.preventduty.partners;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.preventduty.audit.AuditRecord;
import org.preventduty.audit.AuditTrail;
import org.preventduty.audit.ChangeHistory;
import org.preventduty.identity.CurrentActor;
import org.preventduty.shared.InvalidInputException;
import org.preventduty.shared.InvalidInputException.Problem;
import org.preventduty.shared.NotFoundException;
import org.preventduty.shared.Paged;
import org.preventduty.shared.RuleViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of partner organisations: type, sector, single point of contact for Prevent, other contacts, and the
 * engagement log of visits, briefings, training offered and events.
 */
@Service
class PartnerRecords {

    /** What kind of engagement. */
    enum EngagementKind {
        VISIT,
        BRIEFING,
        TRAINING_OFFERED,
        EVENT
    }

    /** An organisation in the list. */
    record Listed(
            UUID id,
            String name,
            OrganisationType type,
            @Nullable String sector,
            @Nullable String spocName,
            @Nullable LocalDate lastEngagedOn) {}

    /** A contact. */
    record Contact(
            UUID id,
            String name,
            @Nullable String role,
            @Nullable String email,
            @Nullable String phone) {

        /** The contact as one line: name, role, email and phone, those given. */
        public String line() {
            var parts = new ArrayList<String>();
            parts.add(name);
            for (var part : new @Nullable String[] {role, email, phone}) {
                if (part != null) {
                    parts.add(part);
                }
            }
            return String.join(", ", parts);
        }
    }

    /** An engagement. */
    record Engagement(LocalDate happenedOn, EngagementKind kind, String ledBy, String summary, Instant recordedAt) {}

    /** An organisation with its contacts and engagement log. */
    record Organisation(
            UUID id,
            String name,
            OrganisationType type,
            @Nullable String sector,
            @Nullable String spocName,
            @Nullable String spocEmail,
            @Nullable String spocPhone,
            List<Contact> contacts,
            List<Engagement> engagements,
            int version) {}

    static final String READ = "hasAnyRole('DELIVERY_OFFICER', 'PREVENT_LEAD', 'REPORT_VIEWER')";
    static final String WRITE = "hasAnyRole('DELIVERY_OFFICER', 'PREVENT_LEAD')";
    static final int PAGE_SIZE = 25;
    static final ChangeHistory.Kind HISTORY =
            new ChangeHistory.Kind("PARTNER_ORGANISATION", "PARTNER_CHANGED", "partners.organisation.stale");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final JdbcClient jdbc;
    private final CurrentActor actors;
    private final AuditTrail audit;
    private final Clock clock;
    private final ChangeHistory history;

    PartnerRecords(JdbcClient jdbc, CurrentActor actors, AuditTrail audit, Clock clock, ChangeHistory history) {
        this.history = history;
        this.jdbc = jdbc;
        this.actors = actors;
        this.audit = audit;
        this.clock = clock;
    }

    /** The organisations, by name, of a type or all, a page (from 0) at a time. */
    @Transactional(readOnly = true)
    @PreAuthorize(READ)
    Paged<Listed> list(@Nullable OrganisationType type, int page) {
        return list(type, Math.max(0, page), PAGE_SIZE);
    }

    /**
     * The organisations, by name, of a type or all, a page (from 0) of the size asked at a time.
     *
     * @throws IllegalArgumentException when the page is negative or the size is not from 1 to {@link Paged#MAX_SIZE}.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(READ)
    Paged<Listed> list(@Nullable OrganisationType type, int page, int size) {
        Paged.check(page, size);
        var tenant = actors.requireTenant().value();
        var where = " where o.tenant_id = :tenant" + (type == null ? "" : " and o.organisation_type = :type");
        var total = jdbc.sql("select count(*) from partner_organisation o" + where)
                .param("tenant", tenant)
                .param("type", type == null ? null : type.name())
                .query(Long.class)
                .single();
        var items = jdbc.sql(
                        "select o.id, o.name, o.organisation_type, o.sector, o.spoc_name, (select max(e.happened_on)"
                                + " from partner_engagement e where e.tenant_id = o.tenant_id and e.organisation_id = o.id)"
                                + " from partner_organisation o" + where
                                + " order by o.name limit :limit offset :offset")
                .param("tenant", tenant)
                .param("type", type == null ? null : type.name())
                .param("limit", size)
                .param("offset", Paged.offset(page, size))
                .query((rs, n) -> new Listed(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        OrganisationType.valueOf(rs.getString(3)),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getObject(6, LocalDate.class)))
                .list();
        return new Paged<>(items, page, size, total);
    }

    /**
     * Adds an organisation.
     *
     * @throws InvalidInputException naming each field that is not valid.
     * @throws RuleViolationException (409) when the council has an organisation of that name.
     */
    @Transactional
    @PreAuthorize(WRITE)
    UUID create(
            @Nullable String name,
            @Nullable OrganisationType type,
            @Nullable String sector,
            @Nullable String spocName,
            @Nullable String spocEmail,
            @Nullable String spocPhone) {
        var actor = actors.require();
        var tenant = actor.requireTenant().value();
        var details = details(name, type, sector, spocName, spocEmail, spocPhone);
        requireNameFree(tenant, details.name(), null);
        var id = UUID.randomUUID();
        jdbc.sql("insert into partner_organisation (id, tenant_id, name, organisation_type, demo, created_at, version,"
                        + " sector, spoc_name, spoc_email, spoc_phone) values (?, ?, ?, ?, false, ?, 0, ?, ?, ?, ?)")
                .params(
                        id,
                        tenant,
                        details.name(),
                        details.type().name(),
                        Timestamp.from(clock.instant()),
                        details.sector(),
                        details.spocName(),
                        details.spocEmail(),
                        details.spocPhone())
                .update();
        history.record(HISTORY, id, Map.of(), details.fields());
        audit.record(AuditRecord.of("PARTNER_CREATED", "PARTNER_ORGANISATION", id));
        return id;
    }

    /**
     * Changes an organisation's details, keeping what they were in its history.
     *
     * @param version the version the change was made from; when someone has changed it since, nothing changes.
     * @throws InvalidInputException naming each field that is not valid.
     * @throws RuleViolationException (409) when another organisation has the name, or the organisation has changed.
     */
    @Transactional
    @PreAuthorize(WRITE)
    void update(
            UUID id,
            int version,
            @Nullable String name,
            @Nullable OrganisationType type,
            @Nullable String sector,
            @Nullable String spocName,
            @Nullable String spocEmail,
            @Nullable String spocPhone) {
        var tenant = actors.requireTenant().value();
        var before = get(id);
        var details = details(name, type, sector, spocName, spocEmail, spocPhone);
        requireNameFree(tenant, details.name(), id);
        history.change(
                HISTORY,
                id,
                Details.of(before).fields(),
                details.fields(),
                () -> jdbc.sql("update partner_organisation set name = ?, organisation_type = ?, sector = ?,"
                                + " spoc_name = ?, spoc_email = ?, spoc_phone = ?, version = version + 1"
                                + " where tenant_id = ? and id = ? and version = ?")
                        .params(
                                details.name(),
                                details.type().name(),
                                details.sector(),
                                details.spocName(),
                                details.spocEmail(),
                                details.spocPhone(),
                                tenant,
                                id,
                                version)
                        .update());
    }

    /** The changes made to an organisation's details, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize(READ)
    List<ChangeHistory.Change> history(UUID id) {
        requireOrganisation(actors.requireTenant().value(), id);
        return history.of(HISTORY, id);
    }

    /** An organisation's own details, checked. */
    private record Details(
            String name,
            OrganisationType type,
            @Nullable String sector,
            @Nullable String spocName,
            @Nullable String spocEmail,
            @Nullable String spocPhone) {

        static Details of(Organisation o) {
            return new Details(o.name(), o.type(), o.sector(), o.spocName(), o.spocEmail(), o.spocPhone());
        }

        /** The fields as the history keeps them: the label of each and its value. */
        Map<String, @Nullable String> fields() {
            var fields = new LinkedHashMap<String, @Nullable String>();
            fields.put("partners.name", name);
            fields.put("organisation.type", type.name());
            fields.put("partners.sector", sector);
            fields.put("partners.spoc", spocName);
            fields.put("partners.spocEmail", spocEmail);
            fields.put("partners.spocPhone", spocPhone);
            return fields;
        }
    }

    private static Details details(
            @Nullable String name,
            @Nullable OrganisationType type,
            @Nullable String sector,
            @Nullable String spocName,
            @Nullable String spocEmail,
            @Nullable String spocPhone) {
        var problems = new ArrayList<Problem>();
        var cleanName = text(name, 200, "name", "partners.organisation.name", true, problems);
        if (type == null) {
            problems.add(new Problem("type", "partners.organisation.type.invalid", "choose the type"));
        }
        var cleanSector = text(sector, 100, "sector", "partners.organisation.sector", false, problems);
        var spoc = text(spocName, 200, "spocName", "partners.organisation.spoc", false, problems);
        var email = text(spocEmail, 254, "spocEmail", "partners.organisation.email", false, problems);
        if (email != null && !EMAIL.matcher(email).matches()) {
            problems.add(new Problem("spocEmail", "partners.organisation.email.invalid", "enter an email address"));
        }
        var phone = text(spocPhone, 50, "spocPhone", "partners.organisation.phone", false, problems);
        if (!problems.isEmpty() || cleanName == null || type == null) {
            throw new InvalidInputException(problems);
        }
        return new Details(cleanName, type, cleanSector, spoc, email, phone);
    }

    private void requireNameFree(UUID tenant, String name, @Nullable UUID except) {
        var taken = jdbc.sql("select count(*) from partner_organisation where tenant_id = ? and name = ?"
                                + (except == null ? "" : " and id <> ?"))
                        .params(except == null ? List.of(tenant, name) : List.of(tenant, name, except))
                        .query(Integer.class)
                        .single()
                > 0;
        if (taken) {
            throw RuleViolationException.conflict(
                    "partners.organisation.taken", "The council has an organisation of this name.");
        }
    }

    /** An organisation with its contacts and engagement log, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize(READ)
    Organisation get(UUID id) {
        var tenant = actors.requireTenant().value();
        var contacts = jdbc.sql("select id, name, job_role, email, phone from partner_contact where tenant_id = ?"
                        + " and organisation_id = ? order by name, id")
                .params(tenant, id)
                .query((rs, n) -> new Contact(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5)))
                .list();
        var engagements = jdbc.sql("select happened_on, kind, led_by, summary, recorded_at from partner_engagement"
                        + " where tenant_id = ? and organisation_id = ? order by happened_on desc, recorded_at desc")
                .params(tenant, id)
                .query((rs, n) -> new Engagement(
                        rs.getObject(1, LocalDate.class),
                        EngagementKind.valueOf(rs.getString(2)),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getTimestamp(5).toInstant()))
                .list();
        return jdbc.sql("select id, name, organisation_type, sector, spoc_name, spoc_email, spoc_phone, version from"
                        + " partner_organisation where tenant_id = ? and id = ?")
                .params(tenant, id)
                .query((rs, n) -> new Organisation(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        OrganisationType.valueOf(rs.getString(3)),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        contacts,
                        engagements,
                        rs.getInt(8)))
                .optional()
                .orElseThrow(() -> new NotFoundException("Organisation"));
    }

    /** What the other modules know about an organisation on a day. */
    @Transactional(readOnly = true)
    @PreAuthorize(READ)
    List<org.preventduty.shared.OrganisationFacts.Fact> facts(
            List<org.preventduty.shared.OrganisationFacts> sources, String organisation, LocalDate on) {
        var tenant = actors.requireTenant();
        return sources.stream()
                .flatMap(source -> source.facts(tenant, organisation, on).stream())
                .toList();
    }

    /** Adds a contact at an organisation. */
    @Transactional
    @PreAuthorize(WRITE)
    void addContact(
            UUID organisation,
            @Nullable String name,
            @Nullable String role,
            @Nullable String email,
            @Nullable String phone) {
        var actor = actors.require();
        var tenant = actor.requireTenant().value();
        requireOrganisation(tenant, organisation);
        var problems = new ArrayList<Problem>();
        var cleanName = text(name, 200, "contactName", "partners.contact.name", true, problems);
        var cleanRole = text(role, 200, "role", "partners.contact.role", false, problems);
        var cleanEmail = text(email, 254, "email", "partners.organisation.email", false, problems);
        if (cleanEmail != null && !EMAIL.matcher(cleanEmail).matches()) {
            problems.add(new Problem("email", "partners.organisation.email.invalid", "enter an email address"));
        }
        var cleanPhone = text(phone, 50, "phone", "partners.organisation.phone", false, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        var contact = new Contact(UUID.randomUUID(), cleanName, cleanRole, cleanEmail, cleanPhone);
        jdbc.sql(
                        "insert into partner_contact (id, tenant_id, organisation_id, name, job_role, email, phone, created_by,"
                                + " created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        contact.id(),
                        tenant,
                        organisation,
                        cleanName,
                        cleanRole,
                        cleanEmail,
                        cleanPhone,
                        actor.id(),
                        Timestamp.from(clock.instant()))
                .update();
        history.record(HISTORY, organisation, Map.of(), contactField(contact));
        audit.record(AuditRecord.of("PARTNER_CONTACT_ADDED", "PARTNER_ORGANISATION", organisation));
    }

    /** Removes a contact who has left or moved on; the organisation's history keeps who they were. */
    @Transactional
    @PreAuthorize(WRITE)
    void removeContact(UUID organisation, UUID contactId) {
        var contact = get(organisation).contacts().stream()
                .filter(c -> c.id().equals(contactId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Contact"));
        jdbc.sql("delete from partner_contact where tenant_id = ? and organisation_id = ? and id = ?")
                .params(actors.requireTenant().value(), organisation, contactId)
                .update();
        history.record(HISTORY, organisation, contactField(contact), Map.of());
        audit.record(AuditRecord.of("PARTNER_CONTACT_REMOVED", "PARTNER_ORGANISATION", organisation));
    }

    private static Map<String, @Nullable String> contactField(Contact contact) {
        var field = new LinkedHashMap<String, @Nullable String>();
        field.put("partners.contact", contact.line());
        return field;
    }

    /** Logs an engagement with an organisation. */
    @Transactional
    @PreAuthorize(WRITE)
    void logEngagement(
            UUID organisation,
            @Nullable LocalDate on,
            @Nullable EngagementKind kind,
            @Nullable String ledBy,
            @Nullable String summary) {
        var actor = actors.require();
        var tenant = actor.requireTenant().value();
        requireOrganisation(tenant, organisation);
        var problems = new ArrayList<Problem>();
        if (on == null || on.isAfter(LocalDate.now(clock.withZone(LONDON)))) {
            problems.add(new Problem("happenedOn", "partners.engagement.day.invalid", "enter a day not in the future"));
        }
        if (kind == null) {
            problems.add(new Problem("kind", "partners.engagement.kind.invalid", "choose what it was"));
        }
        var who = text(ledBy, 200, "ledBy", "partners.engagement.ledBy", true, problems);
        var what = text(summary, 2000, "summary", "partners.engagement.summary", true, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        jdbc.sql("insert into partner_engagement (id, tenant_id, organisation_id, happened_on, kind, led_by, summary,"
                        + " recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        UUID.randomUUID(),
                        tenant,
                        organisation,
                        on,
                        kind.name(),
                        who,
                        what,
                        actor.id(),
                        Timestamp.from(clock.instant()))
                .update();
        audit.record(AuditRecord.of("PARTNER_ENGAGEMENT_LOGGED", "PARTNER_ORGANISATION", organisation)
                .withDetail(kind.name()));
    }

    private void requireOrganisation(UUID tenant, UUID organisation) {
        var known = jdbc.sql("select count(*) from partner_organisation where tenant_id = ? and id = ?")
                        .params(tenant, organisation)
                        .query(Integer.class)
                        .single()
                > 0;
        if (!known) {
            throw new NotFoundException("Organisation");
        }
    }

    static @Nullable String text(
            @Nullable String value, int max, String field, String code, boolean required, List<Problem> problems) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(new Problem(field, code + ".invalid", "is required"));
            }
            return null;
        }
        var stripped = value.strip();
        if (stripped.length() > max) {
            problems.add(new Problem(field, code + ".invalid", "must be " + max + " characters or fewer"));
        }
        return stripped;
    }
}
