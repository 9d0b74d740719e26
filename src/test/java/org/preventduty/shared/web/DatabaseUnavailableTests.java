package org.preventduty.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.TransactionSystemException;

/** Which failures mean that the database could not be reached, so that the answer is 503 and not a server error. */
class DatabaseUnavailableTests {

    @Test
    void aRollbackThatFailsOnAConnectionThePoolHasClosedMeansTheDatabaseWentAway() {
        // What PostgreSQL restarting in the middle of a transaction gives: the pool closes the broken connection, and
        // the rollback that follows the failed work fails on it, with no SQL state.
        var rollback = new TransactionSystemException("JDBC rollback failed", new SQLException("Connection is closed"));
        rollback.initApplicationException(new IllegalStateException("the work that was going on"));

        assertThat(DatabaseUnavailable.is(rollback)).isTrue();
    }

    @Test
    void aTransactionFailureOverAConnectionFailureMeansTheDatabaseWentAway() {
        var failure = new TransactionSystemException("Could not roll back");
        failure.initApplicationException(new DataAccessResourceFailureException(
                "terminating connection due to administrator command", new SQLException("FATAL", "57P01")));

        assertThat(DatabaseUnavailable.is(failure)).isTrue();
        assertThat(DatabaseUnavailable.is(new RuntimeException(new SQLException("I/O error", "08006"))))
                .isTrue();
    }

    @Test
    void aFailureOfTheWorkItselfIsNotAnOutage() {
        assertThat(DatabaseUnavailable.is(new DataIntegrityViolationException("duplicate key")))
                .isFalse();
        assertThat(DatabaseUnavailable.is(new IllegalStateException("a defect")))
                .isFalse();
        assertThat(DatabaseUnavailable.is(new TransactionSystemException("no transaction is active")))
                .isFalse();
    }
}
