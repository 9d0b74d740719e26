package org.preventduty.referrals;

import java.io.Reader;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.preventduty.audit.AuditRecord;
import org.preventduty.audit.AuditTrail;
import org.preventduty.identity.CurrentActor;
import org.preventduty.shared.CsvLines;
import org.preventduty.shared.WorkingDays;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Historic records: referrals and their outcomes from a council's earlier records (a spreadsheet, a case system's
 * export), with the panel outcome of those accepted for Channel. Every line is checked and every problem of a line is
 * reported; the good lines are kept whatever the others hold. A line whose reference was imported before changes
 * nothing, so the same file twice imports once. Each person is matched against the people already held, as a referral
 * sent today is, and the matches wait for the Prevent lead to confirm. Imported referrals count in every figure by
 * their own dates and are marked as imported wherever they are shown; no Channel case is opened for them.
 */
@Service
class ReferralImports {

    static final List<String> HEADER = List.of(
            "reference",
            "received_on",
            "given_name",
            "family_name",
            "date_of_birth",
            "sex",
            "postcode",
            "sector",
            "type_of_concern",
            "summary",
            "outcome",
            "decided_on",
            "discussed_at_panel_on",
            "adopted");

    /** The most lines a file may hold. */
    static final int MAX_LINES = 50_000;

    /** Lines are saved this many at a time, each batch in its own transaction. */
    static final int BATCH = 500;

    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9/_.-]{0,19}");

    /** A line refused, with every reason. */
    record Rejected(long line, String message) {}

    /** What becomes of a line. */
    enum Fate {
        NEW,
        MATCHED,
        UNCHANGED,
        REJECTED
    }

    /**
     * A line as the preview shows it.
     *
     * @param reference its reference, as given.
     * @param message why it is refused, for a refused line.
     */
    record Preview(
            long line,
            @Nullable String reference,
            Fate fate,
            @Nullable String message) {}

    /**
     * What an import did, or with a dry run would do.
     *
     * @param created the referrals made (or that would be).
     * @param unchanged the lines whose reference was imported before.
     * @param matched the referrals made whose person may be someone already held.
     * @param rejected every line refused, in file order.
     */
    record Result(
            boolean dryRun, int created, int unchanged, int matched, List<Rejected> rejected, List<Preview> lines) {}

    /** A file kept between its preview and its confirmation. */
    record Kept(@Nullable String fileName, String content) {}

    private final CodeLists codes;
    private final PersonMatching matching;
    private final People people;
    private final Referrals referrals;
    private final StatisticRows statistics;
    private final ReferralRecords records;
    private final ReferralDirectory directory;
    private final ReferralSettings settings;
    private final CurrentActor actors;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ReferralImports(
            CodeLists codes,
            PersonMatching matching,
            People people,
            Referrals referrals,
            StatisticRows statistics,
            ReferralRecords records,
            ReferralDirectory directory,
            ReferralSettings settings,
            CurrentActor actors,
            AuditTrail audit,
            JdbcClient jdbc,
            TransactionTemplate transactions,
            Clock clock) {
        this.codes = codes;
        this.matching = matching;
        this.people = people;
        this.referrals = referrals;
        this.statistics = statistics;
        this.records = records;
        this.directory = directory;
        this.settings = settings;
        this.actors = actors;
        this.audit = audit;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** A good line, read. */
    private record Historic(
            long line,
            String reference,
            LocalDate receivedOn,
            @Nullable String givenName,
            @Nullable String familyName,
            @Nullable LocalDate dateOfBirth,
            Sex sex,
            @Nullable String postcode,
            String sector,
            String typeOfConcern,
            String typeOfConcernVersion,
            String summary,
            @Nullable ScreeningOutcome outcome,
            @Nullable LocalDate decidedOn,
            @Nullable LocalDate discussedOn,
            boolean adopted) {}

    /**
     * Imports the referrals of a CSV file, or with {@code dryRun} says what importing it would do and keeps nothing.
     *
     * @throws org.preventduty.shared.InvalidInputException naming {@code header} or {@code file} when the file is not
     *     one of referrals at all.
     */
    @PreAuthorize("hasRole('PREVENT_LEAD')")
    Result importReferrals(Reader csv, boolean dryRun) {
        var actor = actors.require();
        var tenant = actor.requireTenant().value();
        var today = LocalDate.ofInstant(clock.instant(), java.time.ZoneId.of("Europe/London"));
        var lines = CsvLines.open(csv, MAX_LINES, List.of(HEADER));
        var rejected = new ArrayList<Rejected>();
        var firstLine = new HashMap<String, Long>();
        var counts = new int[3];
        var previews = new ArrayList<Preview>();
        lines.inBatches(BATCH, batch -> {
            var good = new ArrayList<Historic>();
            for (var line : batch) {
                var historic = read(line, today);
                if (historic != null) {
                    var key = historic.reference().toUpperCase(Locale.ROOT);
                    var earlier = firstLine.putIfAbsent(key, line.number());
                    if (earlier != null) {
                        line.problem("reference " + historic.reference() + " is already on line " + earlier);
                        historic = null;
                    }
                }
                if (historic == null) {
                    rejected.add(new Rejected(line.number(), line.message()));
                    previews.add(
                            new Preview(line.number(), line.optional("reference", 100), Fate.REJECTED, line.message()));
                } else {
                    good.add(historic);
                }
            }
            transactions.executeWithoutResult(status -> {
                var held = held(tenant, good);
                for (var historic : good) {
                    var imported = held.get(historic.reference().toUpperCase(Locale.ROOT));
                    if (imported != null) {
                        if (imported) {
                            counts[1]++;
                            previews.add(new Preview(historic.line(), historic.reference(), Fate.UNCHANGED, null));
                        } else {
                            var message = "reference " + historic.reference()
                                    + " is already used by a referral made in the product";
                            rejected.add(new Rejected(historic.line(), message));
                            previews.add(new Preview(historic.line(), historic.reference(), Fate.REJECTED, message));
                        }
                        continue;
                    }
                    counts[0]++;
                    var matched = save(tenant, actor.id(), historic, dryRun);
                    if (matched) {
                        counts[2]++;
                    }
                    previews.add(new Preview(
                            historic.line(), historic.reference(), matched ? Fate.MATCHED : Fate.NEW, null));
                }
                if (dryRun) {
                    status.setRollbackOnly();
                }
            });
        });
        rejected.sort(java.util.Comparator.comparingLong(Rejected::line));
        previews.sort(java.util.Comparator.comparingLong(Preview::line));
        if (!dryRun) {
            audit.record(AuditRecord.of("REFERRALS_IMPORTED", "REFERRAL_IMPORT", UUID.randomUUID())
                    .withDetail(counts[0] + " created, " + counts[1] + " unchanged, " + rejected.size() + " rejected"));
        }
        return new Result(dryRun, counts[0], counts[1], counts[2], List.copyOf(rejected), List.copyOf(previews));
    }

    /** Keeps an uploaded file, as CSV text, until its preview is confirmed; answers its id. */
    @PreAuthorize("hasRole('PREVENT_LEAD')")
    UUID keep(@Nullable String fileName, String content) {
        var actor = actors.require();
        var id = UUID.randomUUID();
        transactions.executeWithoutResult(status -> jdbc.sql(
                        "insert into referral_import (id, tenant_id, file_name, content, uploaded_by, uploaded_at)"
                                + " values (?, ?, ?, ?, ?, ?)")
                .params(
                        id,
                        actor.requireTenant().value(),
                        fileName == null ? null : fileName.length() > 200 ? fileName.substring(0, 200) : fileName,
                        content,
                        actor.id(),
                        java.sql.Timestamp.from(clock.instant()))
                .update());
        return id;
    }

    /** A file the current user uploaded and has not confirmed. */
    @PreAuthorize("hasRole('PREVENT_LEAD')")
    java.util.Optional<Kept> kept(UUID id) {
        var actor = actors.require();
        return transactions.execute(status -> jdbc.sql(
                        "select file_name, content from referral_import where tenant_id = ? and id = ? and uploaded_by = ?")
                .params(actor.requireTenant().value(), id, actor.id())
                .query((rs, n) -> new Kept(rs.getString(1), rs.getString(2)))
                .optional());
    }

    /**
     * Imports a kept file and forgets it.
     *
     * @throws org.preventduty.shared.NotFoundException when the current user has no such file.
     */
    @PreAuthorize("hasRole('PREVENT_LEAD')")
    Result apply(UUID id) {
        var kept = kept(id).orElseThrow(() -> new org.preventduty.shared.NotFoundException("Import"));
        var result = importReferrals(new java.io.StringReader(kept.content()), false);
        transactions.executeWithoutResult(status ->
                jdbc.sql("delete from referral_import where id = ?").param(id).update());
        return result;
    }

    /** Whether each reference of the batch is held already: true when imported before, false when made here. */
    private Map<String, Boolean> held(UUID tenant, List<Historic> batch) {
        var found = new HashMap<String, Boolean>();
        if (batch.isEmpty()) {
            return found;
        }
        var references = new HashSet<String>();
        batch.forEach(historic -> {
            references.add(historic.reference());
            references.add(historic.reference().toUpperCase(Locale.ROOT));
        });
        jdbc.sql("select reference, imported_at from referral where tenant_id = :tenant and reference in (:references)")
                .param("tenant", tenant)
                .param("references", List.copyOf(references))
                .query((rs, n) -> found.put(rs.getString(1).toUpperCase(Locale.ROOT), rs.getTimestamp(2) != null))
                .list();
        return found;
    }

    /** Saves a referral of a good line; answers whether its person may be someone already held. */
    private boolean save(UUID tenant, UUID by, Historic historic, boolean dryRun) {
        var answers = new AnswersBuilder()
                .givenName(historic.givenName())
                .familyName(historic.familyName())
                .dateOfBirth(historic.dateOfBirth())
                .sex(historic.sex())
                .postcode(historic.postcode())
                .referrerSector(historic.sector())
                .typeOfConcern(historic.typeOfConcern())
                .summary(historic.summary())
                .immediateRisk(false)
                .build();
        var description = ReferralIntake.describe(answers, List.of(), historic.receivedOn());
        var matches = matching.find(tenant, null, description, historic.receivedOn());
        if (dryRun) {
            return !matches.isEmpty();
        }
        var now = clock.instant();
        var referralId = UUID.randomUUID();
        var person = people.save(Person.fromReferral(
                tenant,
                referralId,
                historic.givenName(),
                historic.familyName(),
                List.of(),
                historic.dateOfBirth(),
                null,
                historic.receivedOn(),
                historic.sex(),
                historic.postcode(),
                now));
        var referral = Referral.imported(
                referralId,
                tenant,
                by,
                now,
                answers,
                historic.typeOfConcernVersion(),
                historic.reference(),
                historic.receivedOn(),
                WorkingDays.add(historic.receivedOn(), settings.screeningWorkingDays()),
                person.id());
        if (historic.outcome() != null && historic.decidedOn() != null) {
            referral.importedDecision(historic.outcome(), historic.decidedOn(), by, now);
        }
        var saved = referrals.save(referral);
        statistics.record(saved);
        matching.store(tenant, saved.id(), matches);
        var tenantId = new org.preventduty.shared.TenantId(tenant);
        if (historic.discussedOn() != null) {
            directory.discussedAtPanel(tenantId, List.of(saved.id()), historic.discussedOn());
            if (historic.adopted()) {
                directory.adopted(tenantId, List.of(saved.id()), historic.discussedOn());
            }
        }
        records.history(tenant, saved.id(), by, "IMPORTED", historic.reference());
        audit.record(AuditRecord.of("REFERRAL_IMPORTED", "REFERRAL", saved.id()).about(person.id()));
        return !matches.isEmpty();
    }

    /** Reads a line, collecting every problem of it; null when it has any. */
    private @Nullable Historic read(CsvLines.Line line, LocalDate today) {
        var reference = line.required("reference", 20);
        if (reference != null && !REFERENCE.matcher(reference).matches()) {
            line.problem("reference must be letters, digits and / _ . - only");
            reference = null;
        }
        var receivedOn = line.date("received_on");
        if (line.optional("received_on", 100) == null) {
            line.problem("received_on is missing");
        }
        if (receivedOn != null && receivedOn.isAfter(today)) {
            line.problem("received_on " + receivedOn + " is in the future");
        }
        var given = line.optional("given_name", 100);
        var family = line.optional("family_name", 100);
        if (given == null && family == null) {
            line.problem("given_name and family_name are both missing: give at least one");
        }
        var born = line.date("date_of_birth");
        if (born != null && born.isAfter(today)) {
            line.problem("date_of_birth " + born + " is in the future");
        } else if (born != null && receivedOn != null && born.isAfter(receivedOn)) {
            line.problem("date_of_birth " + born + " is after received_on");
        }
        var sex = choice(line, "sex", Sex.class, true);
        var postcode = line.optional("postcode", 10);
        if (postcode != null && !Postcodes.isValid(postcode)) {
            line.problem("postcode " + postcode + " is not a UK postcode");
        }
        var sector = line.required("sector", 40);
        if (sector != null && !codes.isCurrent(CodeLists.SECTOR, sector)) {
            line.problem(
                    "sector " + sector + " is not one of " + String.join(", ", codes.currentCodes(CodeLists.SECTOR)));
            sector = null;
        }
        var concern = line.required("type_of_concern", 60);
        String version = null;
        if (concern != null && receivedOn != null) {
            version = codes.versionOn(CodeLists.TYPE_OF_CONCERN, receivedOn);
            if (codes.find(CodeLists.TYPE_OF_CONCERN, version, concern).isEmpty()) {
                line.problem("type_of_concern " + concern + " is not a type of concern of the list in force on "
                        + receivedOn + " ("
                        + String.join(
                                ", ",
                                codes.all(CodeLists.TYPE_OF_CONCERN).stream()
                                        .filter(code -> code.version()
                                                .equals(codes.versionOn(CodeLists.TYPE_OF_CONCERN, receivedOn)))
                                        .map(CodeLists.Code::code)
                                        .toList())
                        + ")");
                concern = null;
            }
        }
        var summary = line.required("summary", 10_000);
        var outcome = choice(line, "outcome", ScreeningOutcome.class, false);
        var decidedOn = line.date("decided_on");
        if (outcome != null && line.optional("decided_on", 100) == null) {
            line.problem("decided_on is missing: an outcome needs the day it was decided");
        }
        if (outcome == null && decidedOn != null) {
            line.problem("decided_on is given without an outcome");
        }
        if (decidedOn != null && decidedOn.isAfter(today)) {
            line.problem("decided_on " + decidedOn + " is in the future");
        } else if (decidedOn != null && receivedOn != null && decidedOn.isBefore(receivedOn)) {
            line.problem("decided_on " + decidedOn + " is before received_on " + receivedOn);
        }
        var discussedOn = line.date("discussed_at_panel_on");
        var adoptedText = line.optional("adopted", 5);
        Boolean adopted = null;
        if (adoptedText != null) {
            if ("true".equalsIgnoreCase(adoptedText)) {
                adopted = true;
            } else if ("false".equalsIgnoreCase(adoptedText)) {
                adopted = false;
            } else {
                line.problem("adopted must be true or false, not " + adoptedText);
            }
        }
        if (discussedOn != null && outcome != ScreeningOutcome.ACCEPTED_FOR_CHANNEL) {
            line.problem("discussed_at_panel_on is given but the outcome is not ACCEPTED_FOR_CHANNEL");
        }
        if (discussedOn != null && discussedOn.isAfter(today)) {
            line.problem("discussed_at_panel_on " + discussedOn + " is in the future");
        } else if (discussedOn != null && decidedOn != null && discussedOn.isBefore(decidedOn)) {
            line.problem("discussed_at_panel_on " + discussedOn + " is before decided_on " + decidedOn);
        }
        if (adopted != null && discussedOn == null) {
            line.problem("adopted is given without discussed_at_panel_on");
        }
        if (discussedOn != null && adoptedText == null) {
            line.problem("adopted is missing: say true or false for a case discussed at panel");
        }
        if (!line.fine()) {
            return null;
        }
        return new Historic(
                line.number(),
                reference,
                receivedOn,
                given,
                family,
                born,
                sex,
                postcode == null ? null : postcode.toUpperCase(Locale.ROOT),
                sector,
                concern,
                version,
                summary,
                outcome,
                decidedOn,
                discussedOn,
                Boolean.TRUE.equals(adopted));
    }

    private static <E extends Enum<E>> @Nullable E choice(
            CsvLines.Line line, String column, Class<E> type, boolean required) {
        var value = required ? line.required(column, 60) : line.optional(column, 60);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            line.problem(column + " " + value + " is not one of "
                    + String.join(
                            ", ",
                            java.util.Arrays.stream(type.getEnumConstants())
                                    .map(Enum::name)
                                    .toList()));
            return null;
        }
    }
}
