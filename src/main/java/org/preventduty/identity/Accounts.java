package org.preventduty.identity;

import java.time.Clock;
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

    Accounts(
            UserAccounts users,
            Tenants tenants,
            TransactionTemplate transactions,
            PasswordEncoder encoder,
            Clock clock) {
        this.users = users;
        this.tenants = tenants;
        this.transactions = transactions;
        // Accounts without a password still cost one hash check, so that timing does not tell them apart.
        this.dummyHash = encoder.encode("no password has been set " + clock.millis());
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        return TenantScope.asSystem(() ->
                transactions.execute(status -> users.findByEmail(UserAccount.normaliseEmail(email))
                        .map(account -> new SignedInUser(
                                account,
                                account.passwordHash() == null ? dummyHash : account.passwordHash(),
                                tenantName(account)))
                        .orElseThrow(() -> new UsernameNotFoundException("No such account"))));
    }

    @Override
    public UserDetails updatePassword(UserDetails user, String newHash) {
        var signedIn = (SignedInUser) user;
        return TenantScope.asSystem(() -> transactions.execute(status -> {
            var account = users.findById(signedIn.userId()).orElseThrow();
            account.upgradePasswordHash(newHash);
            users.save(account);
            return new SignedInUser(account, newHash, tenantName(account));
        }));
    }

    private String tenantName(UserAccount account) {
        return account.tenantId() == null
                ? null
                : tenants.findById(account.tenantId()).map(Tenant::name).orElse(null);
    }

    String dummyHash() {
        return dummyHash;
    }
}
