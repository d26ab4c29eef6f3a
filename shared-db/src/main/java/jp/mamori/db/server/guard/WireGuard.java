package jp.mamori.db.server.guard;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.util.function.Supplier;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * mamori's guard on H2's TCP protocol (ADR 0012): connection caps and the handshake deadline at
 * accept, and for every connection a filter of what the client sends (session settings, statement
 * text, argument types, call rate) and a scrubber of the errors H2 sends back.
 */
public final class WireGuard {

    private static final Logger LOG = LoggerFactory.getLogger(WireGuard.class);

    private final String databaseName;
    private final ApiCatalog catalog;
    private final Supplier<GuardPolicy> policy;
    private final GuardAudit audit;
    private final ConnectionGate gate = new ConnectionGate();
    private long refusedConnections;

    WireGuard(String databaseName, ApiCatalog catalog, Supplier<GuardPolicy> policy, GuardAudit audit) {
        this.databaseName = databaseName;
        this.catalog = catalog;
        this.policy = policy;
        this.audit = audit;
    }

    /**
     * Reads the API procedures and wraps the JVM's default TLS context so that the server socket H2
     * creates next is guarded. Call after the default context is installed and migrations ran, and
     * before the TCP server starts.
     *
     * @param databaseName the only database name a client may ask for
     */
    public static WireGuard install(String databaseName, Jdbi jdbi) {
        ApiCatalog catalog = ApiCatalog.load(jdbi);
        WireGuard guard = new WireGuard(databaseName, catalog, new LivePolicy(jdbi), new GuardAudit(jdbi));
        try {
            SSLContext current = SSLContext.getDefault();
            SSLContext.setDefault(new GuardedSslContext(current instanceof GuardedSslContext g ? g.unwrap() : current,
                    guard));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("no default TLS context to guard", e);
        }
        LOG.info("wire guard on: {} API procedures allowed", catalog.size());
        return guard;
    }

    /** The guarded socket, or null when the connection was over a cap and has been closed. */
    Socket admit(SSLSocket socket) {
        GuardPolicy limits = policy.get();
        InetAddress address = socket.getInetAddress();
        if (!gate.tryEnter(address, limits)) {
            closeQuietly(socket);
            synchronized (this) {
                refusedConnections++;
                if (Long.bitCount(refusedConnections) == 1) {
                    LOG.warn("connection caps reached: {} connections refused so far (last from {})",
                            refusedConnections, address.getHostAddress());
                }
            }
            return null;
        }
        try {
            socket.setSoTimeout((int) Math.max(1, limits.handshakeTimeout().toMillis()));
            return new GuardedSocket(socket, this, System.nanoTime() + limits.handshakeTimeout().toNanos(),
                    () -> gate.leave(address));
        } catch (IOException | RuntimeException e) {
            gate.leave(address);
            closeQuietly(socket);
            return null;
        }
    }

    String databaseName() {
        return databaseName;
    }

    ApiCatalog catalog() {
        return catalog;
    }

    GuardPolicy policy() {
        return policy.get();
    }

    GuardAudit audit() {
        return audit;
    }

    /** Open connections from {@code address} (for tests and figures). */
    public int openFrom(InetAddress address) {
        return gate.openFrom(address);
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // closing a refused connection; nothing to tell
        }
    }
}
