package jp.mamori.db.auth;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Checks a password under the lock-out (ADR 0002, finding "the lock-out can be raced").
 *
 * <ul>
 *   <li>The attempt is counted before the hash is computed, by one conditional UPDATE that succeeds
 *       only while the account is unlocked and below the limit; so no more than
 *       {@code login.maxFailures} passwords are ever checked between two successes, however many
 *       attempts run at once, and a correct password after the limit is refused unchecked.</li>
 *   <li>One account's reserved checks run one at a time in this JVM: a burst against one account costs
 *       one Argon2 computation at a time, not one per attempt, and leaves the CPU to other accounts.
 *       Attempts past the limit are refused by the reservation alone and never wait for that lock.</li>
 *   <li>No database lock is held while hashing or waiting: each statement commits on its own.</li>
 * </ul>
 */
final class PasswordGate {

    enum Outcome {
        MATCHED,
        WRONG,
        /** Not checked: the account is locked or its attempts are used up. */
        LOCKED
    }

    private static final ConcurrentHashMap<String, ReentrantLock> ACCOUNTS = new ConcurrentHashMap<>();

    private final LoginDirectory directory;

    PasswordGate(LoginDirectory directory) {
        this.directory = directory;
    }

    Outcome check(LoginDirectory.Staff staff, char[] password) {
        ReentrantLock account = ACCOUNTS.computeIfAbsent(staff.userName(), user -> new ReentrantLock(true));
        if (!directory.reservePasswordCheck(staff.userName())) {
            return Outcome.LOCKED;
        }
        int failures;
        account.lock();
        try {
            if (PasswordHasher.matches(password, staff.passwordHash())) {
                directory.passwordSucceeded(staff.userName());
                return Outcome.MATCHED;
            }
            failures = directory.passwordFailed(staff.userName());
        } finally {
            account.unlock();
        }
        directory.failureDelay(failures);
        return Outcome.WRONG;
    }
}
