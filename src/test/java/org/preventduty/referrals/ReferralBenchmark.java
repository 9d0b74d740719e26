package org.preventduty.referrals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.preventduty.Application;
import org.preventduty.identity.IdentityFixtures;
import org.preventduty.identity.Role;
import org.preventduty.identity.TenantScope;
import org.preventduty.support.Api;
import org.preventduty.support.Browser;
import org.preventduty.support.Floor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The figures of referrals at scale, printed: with 100,000 referrals of 80,000 people in one council, how fast
 * referrals are submitted through the API, how long the triage queue page takes, and how long matching a new referral
 * against everyone takes. Run by {@code bench/referrals.sh}; the database is the one the Spring properties name.
 */
public final class ReferralBenchmark {

    private static final String[] GIVEN = {
        "Adam",
        "Ali",
        "Ben",
        "Callum",
        "Daniel",
        "Ethan",
        "Hamza",
        "Harry",
        "Ibrahim",
        "Jack",
        "Jamal",
        "Kacper",
        "Leo",
        "Liam",
        "Mason",
        "Mohammed",
        "Noah",
        "Oliver",
        "Omar",
        "Reece",
        "Ryan",
        "Tyler",
        "Yusuf",
        "Zain",
        "Kieran",
        "Bilal",
        "Connor",
        "Dylan",
        "Luca",
        "Tomasz",
        "Aisha",
        "Amelia",
        "Chloe",
        "Ella",
        "Fatima",
        "Grace",
        "Hannah",
        "Isla",
        "Jade",
        "Layla",
        "Maryam",
        "Mia",
        "Olivia",
        "Sophie",
        "Zara",
        "Amira",
        "Ruby",
        "Nadia",
        "Samuel",
        "Joseph",
        "Isaac",
        "Aaron",
        "Kai",
        "Arjun",
        "Dev",
        "Krzysztof",
        "Marek",
        "Stefan",
        "Ionut",
        "Andrei"
    };
    private static final String[] START = {
        "Ash", "Bar", "Brad", "Chal", "Dar", "Ed", "Fair", "Gold", "Hart", "Hol", "Kings", "Lang", "Mar", "Mid", "New",
        "Nor", "Ock", "Pem", "Red", "Ridg", "Shel", "Stan", "Thorn", "Wal", "West", "Whit", "Wood", "Akh", "Bash",
        "Chaud", "Far", "Haq", "Kar", "Mah", "Nazi", "Qur", "Rah", "Sid", "Tar", "Zam"
    };
    private static final String[] END = {
        "ton", "ley", "field", "wood", "man", "son", "well", "ford", "worth", "by", "ham", "er", "low", "croft", "den",
        "ali", "har", "dhry", "ood", "ani", "eem", "iq", "bakhsh", "wan", "zai", "ullah", "ari", "esh", "ovic", "ski",
        "enko", "escu", "ides", "opoulos", "ez", "ini", "elli", "berg", "stein", "haus"
    };

    private ReferralBenchmark() {}

    public static void main(String[] args) throws Exception {
        var total = Integer.getInteger("bench.referrals", 100_000);
        var distinct = Integer.getInteger("bench.people", 80_000);
        var context = new SpringApplicationBuilder(Application.class, IdentityFixtures.class, ReferralFixtures.class)
                .properties("server.port=0", "service.demo.enabled=false", "logging.level.root=WARN")
                .run(args);
        try {
            var port = ((WebServerApplicationContext) context).getWebServer().getPort();
            var identity = context.getBean(IdentityFixtures.class);
            var generator = context.getBean(ReferralGenerator.class);
            var matching = context.getBean(PersonMatching.class);
            var transactions = context.getBean(TransactionTemplate.class);
            var jdbc = context.getBean(JdbcTemplate.class);

            var tenant = identity.tenant();
            var tenantId = tenant.id().value();
            var lead = identity.userWithTwoFactors(tenant, Role.PREVENT_LEAD);
            var referrerKey = identity.apiKey(tenant, Role.REFERRER);
            var random = new Random(42);
            var today = LocalDate.now(ZoneId.of("Europe/London"));

            // 1. The data: 100,000 referrals of 80,000 people, the last 2,000 waiting for screening.
            var planned = plan(random, total, distinct, today, lead.id(), 0);
            var started = System.nanoTime();
            for (int from = 0; from < planned.size(); from += 10_000) {
                var chunk = planned.subList(from, Math.min(planned.size(), from + 10_000));
                var offset = from;
                // A repeat points at an earlier referral of its own chunk, counted from the chunk's start.
                TenantScope.asSystem(() -> transactions.executeWithoutResult(status -> generator.write(
                        tenantId,
                        chunk.stream()
                                .map(p -> p.sameAs() < 0 ? p : withSameAs(p, p.sameAs() - offset))
                                .toList())));
            }
            var seeded = (System.nanoTime() - started) / 1e9;
            var counts = TenantScope.asSystem(() -> transactions.execute(status -> jdbc.queryForList(
                    "select (select count(*) from referral where tenant_id = ?) as referrals,"
                            + " (select count(*) from person where tenant_id = ? and merged_into is null) as people",
                    tenantId,
                    tenantId)));
            if (jdbc.getDataSource()
                    .getConnection()
                    .getMetaData()
                    .getDatabaseProductName()
                    .contains("PostgreSQL")) {
                jdbc.execute("analyze");
            }
            System.out.printf(Locale.ROOT, "data: %s written in %.1f s%n", counts.get(0), seeded);

            // 2. Matching a new referral against everyone.
            var timings = new ArrayList<Double>();
            for (int i = 0; i < 1_200; i++) {
                var known = planned.get(random.nextInt(distinct));
                var given = i % 2 == 0 ? known.givenName() : GIVEN[random.nextInt(GIVEN.length)];
                var family = i % 2 == 0 ? typo(random, known.familyName()) : family(random);
                var born = i % 2 == 0
                        ? known.dateOfBirth()
                        : LocalDate.of(1960 + random.nextInt(55), 1 + random.nextInt(12), 1 + random.nextInt(28));
                var names = new ArrayList<String[]>();
                names.add(new String[] {given, family});
                var description = new PersonMatcher.Description(names, born, null, Sex.MALE, null);
                var t0 = System.nanoTime();
                TenantScope.asSystem(
                        () -> transactions.execute(status -> matching.find(tenantId, null, description, today)));
                if (i >= 200) {
                    timings.add((System.nanoTime() - t0) / 1e6);
                }
            }
            System.out.println("matching one new referral against 80,000 people (ms): " + summary(timings));

            // 3. Submitting through the API, 8 at a time.
            var api = new Api(port);
            for (int i = 0; i < 100; i++) {
                api.post("/api/v1/referrals", referrerKey, body(random, today));
            }
            var submitted = new ConcurrentLinkedQueue<Double>();
            var failures = new AtomicInteger();
            var pool = Executors.newFixedThreadPool(8);
            var submissions = Integer.getInteger("bench.submissions", 2_000);
            var bodies = new ArrayList<String>();
            for (int i = 0; i < submissions; i++) {
                bodies.add(body(random, today));
            }
            var client = HttpClient.newHttpClient();
            var wall = System.nanoTime();
            for (var json : bodies) {
                pool.submit(() -> {
                    var t0 = System.nanoTime();
                    try {
                        var response = client.send(
                                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/referrals"))
                                        .header("Authorization", "Bearer " + referrerKey)
                                        .header("Content-Type", "application/json")
                                        .POST(HttpRequest.BodyPublishers.ofString(json))
                                        .build(),
                                HttpResponse.BodyHandlers.discarding());
                        if (response.statusCode() != 201) {
                            failures.incrementAndGet();
                        }
                    } catch (Exception e) {
                        failures.incrementAndGet();
                    }
                    submitted.add((System.nanoTime() - t0) / 1e6);
                });
            }
            pool.shutdown();
            pool.awaitTermination(30, TimeUnit.MINUTES);
            var seconds = (System.nanoTime() - wall) / 1e9;
            System.out.printf(
                    Locale.ROOT,
                    "API submissions: %d in %.1f s = %.0f per second, %d failed; latency (ms): %s%n",
                    submissions,
                    seconds,
                    submissions / seconds,
                    failures.get(),
                    summary(new ArrayList<>(submitted)));

            // 4. The triage queue page, as the Prevent lead sees it.
            var browser = new Browser(port);
            browser.signIn(lead.email(), IdentityFixtures.PASSWORD);
            browser.get("/sign-in/two-factor");
            browser.post("/sign-in/two-factor", Map.of("code", identity.code(lead)));
            var opened = browser.get("/triage");
            if (opened.status() != 200) {
                throw new IllegalStateException(
                        "The lead could not open the queue: " + opened.status() + " " + opened.location());
            }
            // Each kind of page beside its floor: the same rows (the count and the page, with each one's possible
            // matches) read straight from PostgreSQL.
            var floorUrl = System.getProperty("bench.floorUrl", "jdbc:postgresql://127.0.0.1:5432/pdm_bench");
            try (var floor = java.sql.DriverManager.getConnection(floorUrl, "postgres", "")) {
                var danger = "(case when immediate_risk = true and status in ('SUBMITTED', 'IN_SCREENING') then 0 else"
                        + " 1 end)";
                var columns = "id, reference, status, subject_given_name, subject_family_name, subject_date_of_birth,"
                        + " subject_approximate_age, received_on, due_on, referrer_sector, concern_type_of_concern,"
                        + " immediate_risk, (select count(*) from referral_match m where m.tenant_id = r.tenant_id"
                        + " and m.referral_id = r.id)";
                java.util.function.BiFunction<String, String, Runnable> rows = (where, rest) -> () -> {
                    Floor.query(floor, "select count(*) from referral r where tenant_id = ? and " + where, tenantId);
                    Floor.query(
                            floor,
                            "select " + columns + " from referral r where tenant_id = ? and " + where + " " + rest,
                            tenantId);
                };
                var waiting = "status in ('SUBMITTED', 'IN_SCREENING')";
                Floor.measure(
                        "triage queue, first page of waiting referrals by due day",
                        500,
                        () -> page(browser, "/triage"),
                        rows.apply(waiting, "order by " + danger + ", due_on, received_on, reference limit 25"));
                Floor.measure(
                        "triage queue, page 4 of waiting referrals",
                        500,
                        () -> page(browser, "/triage?page=3"),
                        rows.apply(
                                waiting, "order by " + danger + ", due_on, received_on, reference limit 25 offset 75"));
                // Page 41 of decided referrals, newest first, as the lead reaches it: by "Next" from page 40.
                var decided = "status in ('SIGNPOSTED', 'CLOSED_NO_FURTHER_ACTION')";
                var deep = "/triage?sort=NEWEST&status=SIGNPOSTED&status=CLOSED_NO_FURTHER_ACTION&page=40";
                UUID end;
                String endReference;
                java.sql.Date endReceived;
                try (var statement = floor.prepareStatement("select id, reference, received_on from referral"
                        + " where tenant_id = ? and " + decided
                        + " order by received_on desc, reference desc limit 1 offset 999")) {
                    statement.setObject(1, tenantId);
                    try (var found = statement.executeQuery()) {
                        found.next();
                        end = found.getObject(1, UUID.class);
                        endReference = found.getString(2);
                        endReceived = found.getDate(3);
                    }
                }
                Floor.measure(
                        "triage queue, page 41 of decided referrals newest first, by Next",
                        500,
                        () -> page(browser, deep + "&after=" + end),
                        () -> {
                            Floor.query(
                                    floor,
                                    "select count(*) from referral r where tenant_id = ? and " + decided,
                                    tenantId);
                            Floor.query(
                                    floor,
                                    "select " + columns + " from referral r where tenant_id = ? and " + decided
                                            + " and (received_on, reference) < (?, ?)"
                                            + " order by received_on desc, reference desc limit 25",
                                    tenantId,
                                    endReceived,
                                    endReference);
                        });
                Floor.measure(
                        "triage queue, page 41 of decided referrals newest first, by its number",
                        500,
                        () -> page(browser, deep),
                        rows.apply(decided, "order by received_on desc, reference desc limit 25 offset 1000"));
                Floor.measure(
                        "triage queue, adopted education referrals of one type of concern",
                        500,
                        () -> page(
                                browser,
                                "/triage?sector=EDUCATION&typeOfConcern=EXTREME_RIGHT_WING&status=ACCEPTED_FOR_CHANNEL"),
                        rows.apply(
                                "status = 'ACCEPTED_FOR_CHANNEL' and referrer_sector = 'EDUCATION'"
                                        + " and concern_type_of_concern = 'EXTREME_RIGHT_WING'",
                                "order by due_on, received_on, reference limit 25"));
                Floor.measure(
                        "triage queue, police-led referrals of a year, oldest first",
                        500,
                        () -> page(browser, "/triage?from=2020-01-01&to=2020-12-31&status=POLICE_LED&sort=OLDEST"),
                        rows.apply(
                                "status = 'POLICE_LED' and received_on between '2020-01-01' and '2020-12-31'",
                                "order by received_on, reference limit 25"));
            }

            // 5. Finding a Channel case by a surname from the header, over the 80,000 people held, beside its floor:
            // the people of that name read straight from PostgreSQL.
            try (var floor = java.sql.DriverManager.getConnection(
                    System.getProperty("bench.floorUrl", "jdbc:postgresql://127.0.0.1:5432/pdm_bench"),
                    "postgres",
                    "")) {
                var surnames = new ArrayList<String>();
                for (var i = 0; i < 50; i++) {
                    surnames.add(START[random.nextInt(START.length)] + END[random.nextInt(END.length)]);
                }
                var next = new AtomicInteger();
                var floorNext = new AtomicInteger();
                Floor.measure(
                        "case search by a surname over " + distinct + " people",
                        500,
                        () -> page(browser, "/channel/cases?q=" + surnames.get(next.getAndIncrement() % 50)),
                        () -> {
                            var word = "%"
                                    + surnames.get(floorNext.getAndIncrement() % 50)
                                            .toLowerCase(Locale.ROOT) + "%";
                            Floor.query(
                                    floor,
                                    "select distinct n.person_id from person_name n where n.tenant_id = ? and"
                                            + " (lower(n.given_name) like ? or lower(n.family_name) like ?)",
                                    tenantId,
                                    word,
                                    word);
                        });
            }

            // 6. An import of 10,000 historic referrals, matched against the 80,000 people already held.
            var leadKey = identity.apiKey(tenant, Role.PREVENT_LEAD);
            var historic = Integer.getInteger("bench.imports", 10_000);
            var csv = new StringBuilder(
                    "reference,received_on,given_name,family_name,date_of_birth,sex,postcode,sector,type_of_concern,"
                            + "summary,outcome,decided_on,discussed_at_panel_on,adopted\n");
            for (int i = 0; i < historic; i++) {
                var received = today.minusYears(9).plusDays(random.nextInt(1_500));
                var born = received.minusYears(12 + random.nextInt(40)).minusDays(random.nextInt(365));
                var accepted = random.nextInt(5) == 0;
                csv.append("HIST-")
                        .append(i)
                        .append(',')
                        .append(received)
                        .append(',')
                        .append(GIVEN[random.nextInt(GIVEN.length)])
                        .append(',')
                        .append(START[random.nextInt(START.length)])
                        .append(END[random.nextInt(END.length)])
                        .append(',')
                        .append(born)
                        .append(random.nextBoolean() ? ",MALE," : ",FEMALE,")
                        .append(",EDUCATION,ISLAMIST,Shared extremist material.,")
                        .append(accepted ? "ACCEPTED_FOR_CHANNEL," : "NO_FURTHER_ACTION,")
                        .append(received.plusDays(7))
                        .append(accepted ? "," + received.plusDays(21) + ",true\n" : ",,\n");
            }
            var importStarted = System.nanoTime();
            var imported = api.post("/api/v1/referrals/imports", leadKey, "text/csv", csv.toString());
            var importSeconds = (System.nanoTime() - importStarted) / 1e9;
            System.out.printf(
                    Locale.ROOT,
                    "historic import: %d lines in %.1f s (aim under 30 s): %s%n",
                    historic,
                    importSeconds,
                    imported.body().length() > 200 ? imported.body().substring(0, 200) : imported.body());
        } finally {
            context.close();
        }
    }

    private static void page(Browser browser, String path) {
        var answer = browser.get(path);
        if (answer.status() != 200) {
            throw new IllegalStateException(path + " answered " + answer.status());
        }
    }

    /**
     * Writes referrals of one council for other benchmarks, in chunks of 10,000: every {@code acceptedEvery}-th one
     * accepted for Channel (with the id of its case to be), the rest decided otherwise or, the last 2,000 of a large
     * set, waiting.
     */
    public static void seed(
            org.springframework.context.ApplicationContext context,
            UUID tenantId,
            int total,
            int distinct,
            int acceptedEvery,
            UUID lead,
            LocalDate today,
            Random random) {
        var generator = context.getBean(ReferralGenerator.class);
        var transactions = context.getBean(TransactionTemplate.class);
        var planned = plan(random, total, distinct, today, lead, acceptedEvery);
        for (int from = 0; from < planned.size(); from += 10_000) {
            var chunk = planned.subList(from, Math.min(planned.size(), from + 10_000));
            var offset = from;
            TenantScope.asSystem(() -> transactions.executeWithoutResult(status -> generator.write(
                    tenantId,
                    chunk.stream()
                            .map(p -> p.sameAs() < 0 ? p : withSameAs(p, p.sameAs() - offset))
                            .toList())));
        }
    }

    private static List<ReferralGenerator.Planned> plan(
            Random random, int total, int distinct, LocalDate today, UUID lead, int acceptedEvery) {
        var planned = new ArrayList<ReferralGenerator.Planned>(total);
        var start = LocalDate.of(2015, 4, 1);
        var span = (int) (today.minusDays(30).toEpochDay() - start.toEpochDay());
        var days = new ArrayList<LocalDate>(total);
        for (int i = 0; i < total; i++) {
            days.add(start.plusDays(random.nextInt(span)));
        }
        Collections.sort(days);
        var outcomes = ScreeningOutcome.values();
        var sectors = new String[] {"EDUCATION", "POLICE", "LOCAL_AUTHORITY", "HEALTH", "COMMUNITY", "OTHER"};
        var concerns = new String[] {"ISLAMIST", "EXTREME_RIGHT_WING", "MIXED_OR_UNCLEAR", "NO_IDEOLOGY", "OTHER"};
        // Which referrals are about someone referred before: never the first of a chunk of 10,000.
        var repeat = new boolean[total];
        var candidates = new ArrayList<Integer>();
        for (int i = 0; i < total; i++) {
            if (i % 10_000 != 0) {
                candidates.add(i);
            }
        }
        Collections.shuffle(candidates, random);
        candidates.subList(0, Math.min(candidates.size(), total - distinct)).forEach(i -> repeat[i] = true);
        for (int i = 0; i < total; i++) {
            var waiting = total >= 10_000 && i >= total - 2_000;
            var received = waiting ? today.minusDays(random.nextInt(15)) : days.get(i);
            var chunkStart = i / 10_000 * 10_000;
            int sameAs = repeat[i] ? chunkStart + random.nextInt(i - chunkStart) : -1;
            var before = sameAs >= 0 ? planned.get(sameAs) : null;
            var outcome = waiting
                    ? null
                    : acceptedEvery > 0
                            ? (i % acceptedEvery == 0
                                    ? ScreeningOutcome.ACCEPTED_FOR_CHANNEL
                                    : outcomes[random.nextInt(outcomes.length - 1)])
                            : outcomes[random.nextInt(outcomes.length)];
            planned.add(new ReferralGenerator.Planned(
                    received,
                    before != null ? before.givenName() : GIVEN[random.nextInt(GIVEN.length)],
                    before != null ? before.familyName() : family(random),
                    before != null
                            ? before.dateOfBirth()
                            : LocalDate.of(1950 + random.nextInt(66), 1 + random.nextInt(12), 1 + random.nextInt(28)),
                    Sex.MALE,
                    null,
                    sectors[random.nextInt(sectors.length)],
                    concerns[random.nextInt(concerns.length)],
                    false,
                    "Seen sharing extremist material.",
                    "Bench referrer",
                    "Bench organisation",
                    lead,
                    false,
                    outcome,
                    true,
                    outcome == ScreeningOutcome.SIGNPOSTED ? "EARLY_HELP" : null,
                    outcome == null ? null : "Reason",
                    outcome == null ? null : "Feedback",
                    lead,
                    sameAs,
                    "NOT_KNOWN",
                    "NOT_KNOWN"));
        }
        return planned;
    }

    private static ReferralGenerator.Planned withSameAs(ReferralGenerator.Planned p, int sameAs) {
        return new ReferralGenerator.Planned(
                p.receivedOn(),
                p.givenName(),
                p.familyName(),
                p.dateOfBirth(),
                p.sex(),
                p.postcode(),
                p.sector(),
                p.concern(),
                p.immediateRisk(),
                p.summary(),
                p.referrerName(),
                p.referrerOrganisation(),
                p.createdBy(),
                p.screeningStarted(),
                p.outcome(),
                p.appropriate(),
                p.signpostedTo(),
                p.reason(),
                p.feedback(),
                p.decidedBy(),
                sameAs,
                p.ethnicity(),
                p.religion());
    }

    private static String family(Random random) {
        return START[random.nextInt(START.length)] + END[random.nextInt(END.length)];
    }

    private static String typo(Random random, String name) {
        var chars = name.toCharArray();
        var at = 1 + random.nextInt(chars.length - 1);
        chars[at] = (char) ('a' + random.nextInt(26));
        return new String(chars);
    }

    private static String body(Random random, LocalDate today) {
        return Api.json(
                "receivedOn", today.toString(),
                "referrer",
                        Map.of(
                                "name",
                                "A Teacher",
                                "organisation",
                                "Oak School",
                                "sector",
                                "EDUCATION",
                                "email",
                                "dsl@oak.example"),
                "subject",
                        Map.of(
                                "givenName",
                                GIVEN[random.nextInt(GIVEN.length)],
                                "familyName",
                                family(random),
                                "dateOfBirth",
                                LocalDate.of(1990 + random.nextInt(25), 1 + random.nextInt(12), 1 + random.nextInt(28))
                                        .toString(),
                                "sex",
                                "MALE"),
                "concern",
                        Map.of(
                                "typeOfConcern",
                                "EXTREME_RIGHT_WING",
                                "summary",
                                "Shared a video praising an attack.",
                                "immediateRisk",
                                false));
    }

    private static String summary(List<Double> values) {
        var sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        var mean = sorted.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        return String.format(
                Locale.ROOT,
                "n=%d mean=%.2f p50=%.2f p95=%.2f p99=%.2f max=%.2f",
                sorted.size(),
                mean,
                percentile(sorted, 50),
                percentile(sorted, 95),
                percentile(sorted, 99),
                sorted.get(sorted.size() - 1));
    }

    private static double percentile(List<Double> sorted, int percent) {
        var index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
