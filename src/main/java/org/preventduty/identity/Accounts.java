package org.preventduty.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the account a sign-in names, across tenants (nobody's tenant is known before sign-in), and stores a stronger
 * hash of a password when the stored one uses weaker parameters.
 */
@Component
class Accounts implements UserDetailsService, UserDetailsPasswordService {

    private final UserAccounts users;
    private final Tenants tenants;
    private final TransactionTemplate transactions;
    private final String dummyHash;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final Clock clock;

    Accounts(
            UserAccounts users,
            Tenants tenants,
            TransactionTemplate transactions,
            PasswordEncoder encoder,
            Clock clock,
            org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.clock = clock;
        this.users = users;
        this.tenants = tenants;
        this.transactions = transactions;
        // Accounts without a password still cost one hash check, so that timing does not tell them apart.
        this.dummyHash = encoder.encode("no password has been set " + clock.millis());
    }

    /**
     * The person with this email, as a user of the council they last chose (or their first) among those where they are
     * active, with their credentials.
     */
    @Override
    public UserDetails loadUserByUsername(String email) {
        return TenantScope.asSystem(() -> transactions.execute(status -> {
            var rows = users.findByEmailOrderByCreatedAtAscIdAsc(UserAccount.normaliseEmail(email));
            var credentials = rows.stream()
                    .filter(row -> !row.sharesCredentials())
                    .findFirst()
                    .orElseThrow(() -> new UsernameNotFoundException("No such account"));
            var chosen = rows.stream()
                    .filter(row -> row.status() == UserStatus.ACTIVE)
                    .max(Comparator.comparing(
                            (UserAccount row) -> row.lastChosenAt() == null ? Instant.EPOCH : row.lastChosenAt()))
                    .orElse(credentials);
            return signedIn(chosen, credentials, rows);
        }));
    }

    /** The person as the user of one of their councils; checks that it is theirs. */
    SignedInUser asMemberOf(SignedInUser person, UUID userId) {
        return TenantScope.asSystem(() -> transactions.execute(status -> {
            var row = users.findById(userId)
                    .filter(account -> account.email().equals(person.email()))
                    .orElseThrow(() -> new UsernameNotFoundException("No such account"));
            var credentials = users.findById(row.credentialsId()).orElseThrow();
            return signedIn(row, credentials, users.findByEmailOrderByCreatedAtAscIdAsc(row.email()));
        }));
    }

    /** The councils of which the person is an active user, with the name of each, by name. */
    List<Membership> memberships(String email) {
        return TenantScope.asSystem(() -> transactions.execute(status ->
                users.findByEmailOrderByCreatedAtAscIdAsc(UserAccount.normaliseEmail(email)).stream()
                        .filter(row -> row.status() == UserStatus.ACTIVE && row.tenantId() != null)
                        .map(row -> new Membership(row.id(), String.valueOf(tenantName(row)), row.roles()))
                        .sorted(Comparator.comparing(Membership::council))
                        .toList()));
    }

    /**
     * Every row of the person with this email, in every council, read in a transaction of its own that sees across
     * councils (a council's administrator adding a person who is already a user elsewhere).
     */
    List<UserAccount> rowsOf(String email) {
        var apart = new TransactionTemplate(java.util.Objects.requireNonNull(transactions.getTransactionManager()));
        apart.setPropagationBehavior(org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        apart.setReadOnly(true);
        return TenantScope.asSystem(() ->
                apart.execute(status -> users.findByEmailOrderByCreatedAtAscIdAsc(UserAccount.normaliseEmail(email))));
    }

    /** One council of which a person is a user, with their roles there. */
    record Membership(UUID userId, String council, java.util.Set<Role> roles) {}

    private SignedInUser signedIn(UserAccount row, UserAccount credentials, List<UserAccount> rows) {
        var councils = rows.stream()
                .filter(each -> each.status() == UserStatus.ACTIVE && each.tenantId() != null)
                .count();
        return new SignedInUser(
                row,
                credentials,
                credentials.passwordHash() == null ? dummyHash : credentials.passwordHash(),
                tenantName(row),
                councils > 1);
    }

    @Override
    public UserDetails updatePassword(UserDetails user, String newHash) {
        var signedIn = (SignedInUser) user;
        return TenantScope.asSystem(() -> transactions.execute(status -> {
            var credentials = users.findById(signedIn.credentialsId()).orElseThrow();
            credentials.upgradePasswordHash(newHash);
            users.save(credentials);
            var account = users.findById(signedIn.userId()).orElseThrow();
            return new SignedInUser(account, credentials, newHash, tenantName(account));
        }));
    }

    private String tenantName(UserAccount account) {
        return account.tenantId() == null
                ? null
                : tenants.findById(account.tenantId()).map(Tenant::name).orElse(null);
    }

    /** Remembers the council a person chose to work for, to offer it first next time, and audits the choice. */
    void chose(SignedInUser member) {
        TenantScope.asSystem(() -> transactions.executeWithoutResult(status -> {
            users.recordChoice(member.userId(), member.email(), clock.instant());
            events.publishEvent(new SecurityEvent(
                    SecurityEvent.Type.SIGN_IN,
                    SecurityEvent.Outcome.SUCCESS,
                    member.actor(),
                    member.actor().tenantId(),
                    "USER",
                    member.userId(),
                    "CHOSE_COUNCIL"));
        }));
    }

    /**
     * Audits a refused sign-in, by password or by the council's provider: against the person's account when the email
     * names one, in a transaction of its own that the refusal does not roll back.
     */
    void signInRefused(@org.jspecify.annotations.Nullable String email, String detail) {
        TenantScope.asSystem(() -> transactions.executeWithoutResult(status -> {
            var account = email == null
                    ? java.util.Optional.<UserAccount>empty()
                    : users.findByEmail(UserAccount.normaliseEmail(email));
            var actor = account.map(a -> new SignedInUser(a, "").actor()).orElse(Actor.SYSTEM);
            events.publishEvent(new SecurityEvent(
                    SecurityEvent.Type.SIGN_IN,
                    SecurityEvent.Outcome.FAILURE,
                    actor,
                    actor.tenantId(),
                    account.isPresent() ? "USER" : null,
                    account.map(UserAccount::id).orElse(null),
                    detail));
        }));
    }

    String dummyHash() {
        return dummyHash;
    }
}
