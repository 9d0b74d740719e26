package org.preventduty.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.preventduty.identity.Role;
import org.preventduty.support.Browser;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Signs in as every role of a demo council, and as the national users, and follows every link each can reach from the
 * home page, in every language the product offers. No page may show a message key that has no text ({@code ??key??}),
 * answer with a server error, or offer a link that leads to a refusal or to nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "service.demo.enabled=true")
class EveryPageIntegrationTests {

    /** The languages the product offers. */
    static final List<String> LANGUAGES = List.of("en", "cy");

    private static final Pattern LINK = Pattern.compile("href=\"(/[^\"#]*)");
    private static final Pattern MISSING = Pattern.compile("\\?\\?[A-Za-z0-9_.\\-]+\\?\\?");
    private static final Pattern UUID_PART =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    /** Links that end the session, download a file or lead outside the pages. */
    private static final Pattern NOT_A_PAGE = Pattern.compile(
            "^/(sign-out|webjars/|css/|js/|assets/|favicon|v3/|swagger-ui)|\\.(csv|xlsx|pdf|docx|ics|zip)(\\?|$)"
                    + "|/(download|export|documents?/[^/]+/file)(\\?|/|$)|[?&]format=");
    /** Pages of one shape visited at most this many times (a list links many records of one kind). */
    private static final int PER_SHAPE = 2;

    private static final int MOST_PAGES = 400;

    @LocalServerPort
    int port;

    static List<Object[]> accounts() {
        var accounts = new ArrayList<Object[]>();
        for (var language : LANGUAGES) {
            for (var role : Role.tenantRoles()) {
                accounts.add(new Object[] {language, email(role, "barnet")});
            }
            accounts.add(new Object[] {language, "system-admin@national.example"});
            accounts.add(new Object[] {language, "national-analyst@national.example"});
        }
        return accounts;
    }

    static String email(Role role, String council) {
        return role.name().toLowerCase(Locale.ROOT).replace('_', '-') + "@" + council + ".example";
    }

    @ParameterizedTest(name = "{1} in {0}")
    @MethodSource("accounts")
    void everyPageReachableFromHomeHasItsTextsAndWorks(String language, String email) {
        var browser = new Browser(port).language(language);
        var signedIn = browser.signIn(email, "demo-only-password");
        assertThat(signedIn.status()).as("sign-in of %s", email).isEqualTo(302);

        var problems = new ArrayList<String>();
        var visited = new LinkedHashSet<String>();
        var shapes = new HashMap<String, Integer>();
        var queue = new ArrayDeque<Map.Entry<String, String>>();
        queue.add(Map.entry("/home", "sign-in"));
        for (var path : List.of("/account", "/accessibility", "/privacy", "/cookies")) {
            queue.add(Map.entry(path, "the layout"));
        }
        if (email.startsWith("referrer@") || email.startsWith("prevent-lead@")) {
            // The referral's question pages are reached from a draft, which a button makes: every page of it.
            browser.get("/referrals/new");
            var draft = browser.post("/referrals", Map.of());
            assertThat(draft.status()).isEqualTo(302);
            var form = draft.location().substring(0, draft.location().lastIndexOf('/') + 1);
            queue.add(Map.entry(draft.location(), "/referrals/new"));
            queue.add(Map.entry(form + "check-answers", "/referrals/new"));
            queue.add(Map.entry(form + "date-of-birth", "/referrals/new"));
            queue.add(Map.entry(form + "household", "/referrals/new"));
        }
        while (!queue.isEmpty() && visited.size() < MOST_PAGES) {
            var next = queue.poll();
            var path = next.getKey();
            if (!visited.add(path)) {
                continue;
            }
            var page = browser.get(path);
            if (page.status() == 302 && page.location().startsWith("/")) {
                queue.addFirst(Map.entry(page.location(), path));
                continue;
            }
            if (page.status() != 200) {
                problems.add(page.status() + " at " + path + " (linked from " + next.getValue() + ")");
                continue;
            }
            if (!page.header("Content-Type").orElse("").startsWith("text/html")) {
                continue;
            }
            var missing = MISSING.matcher(page.body());
            while (missing.find()) {
                problems.add(missing.group() + " at " + path);
            }
            var links = LINK.matcher(page.body());
            while (links.find()) {
                var link = links.group(1).replace("&amp;", "&");
                if (NOT_A_PAGE.matcher(link).find() || visited.contains(link)) {
                    continue;
                }
                var shape = shape(link);
                if (shapes.merge(shape, 1, Integer::sum) <= PER_SHAPE) {
                    queue.add(Map.entry(link, path));
                }
            }
        }
        assertThat(visited.size()).as("pages walked").isGreaterThan(3);
        assertThat(problems).as("what %s found in %s", email, language).isEmpty();
    }

    /** A path with its ids and numbers taken out and its query reduced to the names of its parameters. */
    static String shape(String link) {
        var query = link.indexOf('?');
        var path = query < 0 ? link : link.substring(0, query);
        var names = new ArrayList<String>();
        if (query >= 0) {
            for (var pair : link.substring(query + 1).split("&")) {
                var name = pair.split("=", 2)[0];
                if (!name.equals("page") && !names.contains(name)) {
                    names.add(name);
                }
            }
        }
        names.sort(null);
        var shaped = UUID_PART.matcher(path).replaceAll("{id}").replaceAll("/\\d+(?=/|$)", "/{n}");
        return shaped + (names.isEmpty() ? "" : "?" + String.join("&", names));
    }
}
