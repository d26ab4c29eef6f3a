package jp.mamori.db.server.guard;

/** Calls of one session in the current fixed window. */
final class CallRate {

    /** What happens to a call. */
    enum Verdict { ALLOW, REFUSE_AND_ALERT, REFUSE, CLOSE }

    private long windowStart;
    private int calls;
    private boolean started;

    Verdict count(long nowNanos, GuardPolicy policy) {
        long window = policy.window().toNanos();
        if (!started || nowNanos - windowStart >= window) {
            started = true;
            windowStart = nowNanos;
            calls = 0;
        }
        calls++;
        int limit = policy.callsPerWindow();
        if (calls <= limit) {
            return Verdict.ALLOW;
        }
        if (calls == limit + 1) {
            return Verdict.REFUSE_AND_ALERT;
        }
        return calls > 2 * limit ? Verdict.CLOSE : Verdict.REFUSE;
    }
}
