package jp.mamori.db.server.guard;

import java.time.Duration;
import org.jdbi.v3.core.Jdbi;
import jp.mamori.db.server.Settings;

/**
 * The limits the wire guard enforces (ADR 0012), read from {@code MAMORI.SETTING}.
 *
 * @param connectionsPerAddress open connections one source address may hold
 * @param connectionsTotal      open connections of the whole server
 * @param handshakeTimeout      time from accept until the TLS handshake and the session request are complete
 * @param callsPerWindow        procedure calls one session may make per {@code window}
 * @param window                the rate window
 */
public record GuardPolicy(int connectionsPerAddress, int connectionsTotal, Duration handshakeTimeout,
        int callsPerWindow, Duration window) {

    public static final GuardPolicy DEFAULT = new GuardPolicy(32, 512, Duration.ofSeconds(10), 600,
            Duration.ofMinutes(1));

    /** Reads the settings; a missing or malformed setting keeps its default. */
    static GuardPolicy read(Jdbi jdbi) {
        return jdbi.withHandle(h -> new GuardPolicy(
                Settings.intValue(h, "net.maxConnectionsPerAddress", DEFAULT.connectionsPerAddress),
                Settings.intValue(h, "net.maxConnections", DEFAULT.connectionsTotal),
                Duration.ofMillis(Settings.intValue(h, "net.handshakeTimeoutMillis",
                        (int) DEFAULT.handshakeTimeout.toMillis())),
                Settings.intValue(h, "session.maxCallsPerMinute", DEFAULT.callsPerWindow),
                DEFAULT.window));
    }
}
