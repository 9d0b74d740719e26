package org.preventduty.training;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.preventduty.audit.AuditRecord;
import org.preventduty.audit.AuditTrail;
import org.preventduty.identity.CurrentActor;
import org.preventduty.partners.OrganisationType;
import org.preventduty.partners.PartnerDirectory;
import org.preventduty.shared.InvalidInputException;
import org.preventduty.shared.InvalidInputException.Problem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accredited trainers (trained to train others), the sessions they delivered, and for each institution of the area
 * its staff, how many are trained, and whether it has an accredited trainer; with the share of institutions of each
 * type that have one.
 */
@Service
class Trainers {

    /** An accredited trainer. */
    record Trainer(
            UUID id,
            String name,
            @Nullable String email,
            String organisation,
            LocalDate accreditedOn,
            @Nullable LocalDate expiresOn,
            long sessionsDelivered) {

        /** Whether the accreditation holds on the day. */
        public boolean accreditedOn(LocalDate day) {
            return !accreditedOn.isAfter(day) && (expiresOn == null || expiresOn.isAfter(day));
        }
    }

    /** An institution of the area and its training. */
    record Institution(UUID id, String name, OrganisationType type, long staff, long trained, long accreditedTrainers) {

        public boolean hasTrainer() {
            return accreditedTrainers > 0;
        }
    }

    /** For a type of institution: how many there are and how many have an accredited trainer. */
    record TypeShare(OrganisationType type, long institutions, long withTrainer) {

        public BigDecimal percent() {
            return TrainingRules.percent(withTrainer, institutions);
        }
    }

    /** The institutions report. */
    record Institutions(List<Institution> institutions, List<TypeShare> shares) {}

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final JdbcClient jdbc;
    private final CurrentActor actors;
    private final AuditTrail audit;
    private final PartnerDirectory partners;
    private final Clock clock;

    Trainers(JdbcClient jdbc, CurrentActor actors, AuditTrail audit, PartnerDirectory partners, Clock clock) {
        this.jdbc = jdbc;
        this.actors = actors;
        this.audit = audit;
        this.partners = partners;
        this.clock = clock;
    }

    /**
     * Adds an accredited trainer.
     *
     * @throws InvalidInputException naming each field that is not valid.
     */
    @Transactional
    @PreAuthorize("hasRole('TRAINING_ADMIN')")
    UUID add(
            @Nullable String name,
            @Nullable String email,
            @Nullable String organisation,
            @Nullable LocalDate accreditedOn,
            @Nullable LocalDate expiresOn) {
        var actor = actors.require();
        var problems = new ArrayList<Problem>();
        if (name == null || name.isBlank() || name.strip().length() > 200) {
            problems.add(new Problem("name", "training.trainer.name", "enter the trainer's name"));
        }
        if (email != null && !email.isBlank() && !EMAIL.matcher(email.strip()).matches()) {
            problems.add(
                    new Problem("email", "training.trainer.email", "enter an email address like name@example.org"));
        }
        if (organisation == null
                || organisation.isBlank()
                || organisation.strip().length() > 200) {
            problems.add(new Problem("organisation", "training.trainer.organisation", "enter the organisation"));
        }
        if (accreditedOn == null) {
            problems.add(
                    new Problem("accreditedOn", "training.trainer.accreditedOn", "enter the day of accreditation"));
        } else if (accreditedOn.isAfter(LocalDate.now(clock))) {
            problems.add(new Problem("accreditedOn", "training.trainer.future", "cannot be in the future"));
        } else if (expiresOn != null && !expiresOn.isAfter(accreditedOn)) {
            problems.add(new Problem("expiresOn", "training.trainer.expiry", "must be after the accreditation"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        var id = UUID.randomUUID();
        jdbc.sql("insert into training_trainer (id, tenant_id, name, email, organisation, accredited_on,"
                        + " accreditation_expires_on, created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        id,
                        actor.requireTenant().value(),
                        name.strip(),
                        email == null || email.isBlank() ? null : email.strip(),
                        organisation.strip(),
                        accreditedOn,
                        expiresOn,
                        actor.id(),
                        Timestamp.from(clock.instant()))
                .update();
        audit.record(AuditRecord.of("TRAINER_ADDED", "TRAINING_TRAINER", id));
        return id;
    }

    /** Every accredited trainer, by name, with the sessions they delivered. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('TRAINING_ADMIN')")
    List<Trainer> list() {
        return jdbc.sql("select t.id, t.name, t.email, t.organisation, t.accredited_on, t.accreditation_expires_on,"
                        + " (select count(*) from training_session s where s.tenant_id = t.tenant_id"
                        + " and s.trainer_id = t.id and s.status = 'DELIVERED') from training_trainer t"
                        + " where t.tenant_id = ? order by t.name, t.organisation")
                .param(actors.requireTenant().value())
                .query((rs, n) -> new Trainer(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getObject(5, LocalDate.class),
                        rs.getObject(6, LocalDate.class),
                        rs.getLong(7)))
                .list();
    }

    /**
     * The partner institutions on a day: staff in post, how many hold any unexpired training, and how many accredited
     * trainers they have; with the share of each type that has at least one.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('TRAINING_ADMIN', 'REPORT_VIEWER', 'PREVENT_LEAD')")
    Institutions institutions(LocalDate asOf) {
        var tenant = actors.requireTenant().value();
        var staff = new HashMap<String, long[]>();
        jdbc.sql("select s.organisation, count(*), sum(case when exists (select 1 from training_completion c"
                        + " where c.tenant_id = s.tenant_id and c.staff_row_id = s.id and c.completed_on <= :asOf"
                        + " and c.expires_on > :asOf) then 1 else 0 end) from training_staff s"
                        + " where s.tenant_id = :tenant and (s.start_date is null or s.start_date <= :asOf)"
                        + " and (s.end_date is null or s.end_date >= :asOf) group by s.organisation")
                .param("tenant", tenant)
                .param("asOf", asOf)
                .query((rs, n) -> staff.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3)}))
                .list();
        Map<String, Long> trainers = new HashMap<>();
        jdbc.sql("select organisation, count(*) from training_trainer where tenant_id = :tenant"
                        + " and accredited_on <= :asOf and (accreditation_expires_on is null"
                        + " or accreditation_expires_on > :asOf) group by organisation")
                .param("tenant", tenant)
                .param("asOf", asOf)
                .query((rs, n) -> trainers.put(rs.getString(1), rs.getLong(2)))
                .list();
        var institutions = partners.organisations().stream()
                .map(o -> {
                    var counts = staff.getOrDefault(o.name(), new long[2]);
                    return new Institution(
                            o.id(), o.name(), o.type(), counts[0], counts[1], trainers.getOrDefault(o.name(), 0L));
                })
                .toList();
        var shares = new LinkedHashMap<OrganisationType, long[]>();
        for (var type : OrganisationType.values()) {
            for (var institution : institutions) {
                if (institution.type() == type) {
                    var share = shares.computeIfAbsent(type, t -> new long[2]);
                    share[0]++;
                    share[1] += institution.hasTrainer() ? 1 : 0;
                }
            }
        }
        return new Institutions(
                institutions,
                shares.entrySet().stream()
                        .map(e -> new TypeShare(e.getKey(), e.getValue()[0], e.getValue()[1]))
                        .toList());
    }
}
