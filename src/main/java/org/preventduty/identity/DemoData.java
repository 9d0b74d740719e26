package org.preventduty.identity;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The demo tenants, named after the councils of the reports the product was conceived from, and in each a demo user
 * for every tenant role, plus the national users. Every person is invented.
 */
@Component
class DemoData {

    /**
     * A demo council.
     *
     * @param code its code.
     * @param name its name.
     * @param region its region.
     * @param domain the mail domain of its demo users.
     */
    record DemoTenant(String code, String name, Region region, String domain) {}

    /**
     * A demo account, as the sign-in page lists it.
     *
     * @param tenant the council's name, {@literal null} for national users.
     * @param email the email to sign in with.
     * @param displayName the invented person.
     * @param role their one role.
     */
    record DemoAccount(
            @Nullable String tenant, @Nullable String tenantCode, String email, String displayName, Role role) {}

    static final List<DemoTenant> TENANTS = List.of(
            new DemoTenant("barnet", "London Borough of Barnet", Region.LONDON, "barnet.example"),
            new DemoTenant("birmingham", "Birmingham City Council", Region.WEST_MIDLANDS, "birmingham.example"),
            new DemoTenant("westminster", "Westminster City Council", Region.LONDON, "westminster.example"),
            new DemoTenant(
                    "wolverhampton", "City of Wolverhampton Council", Region.WEST_MIDLANDS, "wolverhampton.example"));

    private static final List<String> FIRST_NAMES = List.of(
            "Alys",
            "Bartek",
            "Chioma",
            "Declan",
            "Esme",
            "Faisal",
            "Greta",
            "Hamza",
            "Ines",
            "Jonah",
            "Kiran",
            "Lowri",
            "Mateus",
            "Niamh",
            "Oskar",
            "Pavani",
            "Rafferty",
            "Saoirse",
            "Tobias",
            "Umaima",
            "Viktor",
            "Wren",
            "Yusra",
            "Zachary",
            "Anouk",
            "Bram",
            "Cerys",
            "Dev",
            "Elodie",
            "Fintan",
            "Gwen",
            "Hollis",
            "Isolde",
            "Jarvis",
            "Keturah",
            "Linus",
            "Marisol",
            "Nnamdi",
            "Odile",
            "Piers",
            "Quilla",
            "Rosalind");

    private static final List<String> SURNAMES = List.of(
            "Ashdown",
            "Brightwell",
            "Cobbold",
            "Dunmore",
            "Eskdale",
            "Fennimore",
            "Garside",
            "Holloway-Reyes",
            "Ingleby",
            "Jessop",
            "Kettering",
            "Larkspur",
            "Mabberley",
            "Northcote",
            "Okonkwo-Hale",
            "Pemberton",
            "Quarrie",
            "Rushworth",
            "Stainforth",
            "Thistlewood",
            "Underhill",
            "Vantreight",
            "Wetherell",
            "Yardley",
            "Zeller",
            "Aldbourne",
            "Blackmore",
            "Carrick",
            "Dovecot",
            "Elsworth",
            "Farrant",
            "Goodliffe",
            "Hexham",
            "Iddesleigh",
            "Juniper",
            "Kingsnorth",
            "Lathbury",
            "Merriweather",
            "Nethercott",
            "Ormskirk",
            "Pettigrew",
            "Redgrave");

    private final List<DemoAccount> accounts;

    DemoData() {
        var list = new ArrayList<DemoAccount>();
        int person = 0;
        for (var tenant : TENANTS) {
            for (var role : EnumSet.copyOf(Role.tenantRoles())) {
                list.add(new DemoAccount(
                        tenant.name(),
                        tenant.code(),
                        slug(role) + "@" + tenant.domain(),
                        FIRST_NAMES.get(person) + " " + SURNAMES.get(person),
                        role));
                person++;
            }
        }
        for (var role : List.of(Role.SYSTEM_ADMIN, Role.NATIONAL_ANALYST)) {
            list.add(new DemoAccount(
                    null,
                    null,
                    slug(role) + "@national.example",
                    FIRST_NAMES.get(person) + " " + SURNAMES.get(person),
                    role));
            person++;
        }
        this.accounts = List.copyOf(list);
    }

    List<DemoAccount> accounts() {
        return accounts;
    }

    static String slug(Role role) {
        return role.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
