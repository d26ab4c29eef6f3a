package jp.mamori.db.server.guard;

import java.net.InetAddress;
import java.time.Duration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * Login attempts per source address in fixed windows (issue 8, finding 9): a session request over
 * {@code login.maxAttemptsPerAddress} in the window is refused before any realm runs, so it writes
 * no row naming the user it claims. The first refusal of a window is an alert (one
 * {@code LOGIN_FLOOD} row for the address); it carries how many attempts the address's previous
 * flood window refused, since a window's own count is known only when it ends.
 */
final class LoginFloodGate {

    /** What happens to a login attempt. */
    enum Verdict { ALLOW, REFUSE_AND_ALERT, REFUSE }

    /** The decision, and for an alert the refused attempts of the address's previous flood window. */
    record Decision(Verdict verdict, long previouslyRefused) {
    }

    /** Addresses remembered at most; beyond, windows that are over are forgotten first. */
    private static final int MAX_ADDRESSES = 10_000;

    private final Map<InetAddress, Window> windows = new HashMap<>();

    private static final class Window {
        long start;
        int attempts;
        long refused;
        long lastFloodRefused;
    }

    synchronized Decision attempt(InetAddress address, long nowNanos, int limit, Duration length) {
        long span = length.toNanos();
        Window w = windows.get(address);
        if (w == null) {
            forgetEndedWindows(nowNanos, span);
            w = new Window();
            w.start = nowNanos;
            windows.put(address, w);
        } else if (nowNanos - w.start >= span) {
            if (w.refused > 0) {
                w.lastFloodRefused = w.refused;
            }
            w.start = nowNanos;
            w.attempts = 0;
            w.refused = 0;
        }
        w.attempts++;
        if (w.attempts <= limit) {
            return new Decision(Verdict.ALLOW, 0);
        }
        w.refused++;
        if (w.refused == 1) {
            long previous = w.lastFloodRefused;
            w.lastFloodRefused = 0;
            return new Decision(Verdict.REFUSE_AND_ALERT, previous);
        }
        return new Decision(Verdict.REFUSE, 0);
    }

    private void forgetEndedWindows(long nowNanos, long span) {
        if (windows.size() < MAX_ADDRESSES) {
            return;
        }
        for (Iterator<Window> it = windows.values().iterator(); it.hasNext();) {
            Window w = it.next();
            if (nowNanos - w.start >= span && w.lastFloodRefused == 0) {
                it.remove();
            }
        }
        if (windows.size() >= MAX_ADDRESSES) {
            // a flood from very many addresses: keep the newest picture rather than grow without bound
            windows.clear();
        }
    }
}
