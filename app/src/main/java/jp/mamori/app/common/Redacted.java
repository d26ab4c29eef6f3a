package jp.mamori.app.common;

/**
 * A copy of a failure for the log file: the same types, stack frames and causes, but none of the
 * messages. Exception messages can carry names, numbers or SQL values; the log file must not.
 */
final class Redacted extends RuntimeException {

    private Redacted(Throwable original, Throwable redactedCause) {
        super(original.getClass().getName(), redactedCause, false, true);
        setStackTrace(original.getStackTrace());
    }

    /** The redacted copy of {@code failure} and its causes (at most 16 deep). */
    static Redacted of(Throwable failure) {
        return copy(failure, 0);
    }

    private static Redacted copy(Throwable failure, int depth) {
        Throwable cause = failure.getCause();
        Redacted redactedCause = cause == null || cause == failure || depth >= 16
                ? null : copy(cause, depth + 1);
        return new Redacted(failure, redactedCause);
    }

    @Override
    public String toString() {
        return "[redacted] " + getMessage();
    }
}
