package jp.mamori.db.faults;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A loopback TCP proxy in front of the server that cuts connections in the middle of traffic.
 * Each accepted connection gets a random byte budget per direction; when a budget runs out the
 * proxy forwards only part of the chunk in hand and then closes both sockets — at random either
 * gracefully (FIN) or with a reset (RST). So a cut can fall inside the TLS handshake, inside a
 * request, or after the server committed and before the client read the answer.
 * {@link #cutOne()} cuts a random live connection at once. The proxy forwards raw bytes and
 * never sees inside TLS.
 */
final class CuttingProxy implements AutoCloseable {

    private final ServerSocket listener;
    private final int targetPort;
    private final int minBudget;
    private final int maxBudget;
    private final Set<Link> links = ConcurrentHashMap.newKeySet();
    private final AtomicInteger cuts = new AtomicInteger();
    private final AtomicLong forwarded = new AtomicLong();
    private final Thread acceptor;
    private volatile boolean closed;

    /**
     * @param targetPort the server's port on loopback
     * @param minBudget  fewest bytes per direction before a connection is cut
     * @param maxBudget  most bytes per direction before a connection is cut
     */
    CuttingProxy(int targetPort, int minBudget, int maxBudget) throws IOException {
        this.targetPort = targetPort;
        this.minBudget = minBudget;
        this.maxBudget = maxBudget;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.acceptor = new Thread(this::acceptLoop, "cutting-proxy-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return listener.getLocalPort();
    }

    /** Connections cut so far (by budget or by {@link #cutOne()}). */
    int cuts() {
        return cuts.get();
    }

    long bytesForwarded() {
        return forwarded.get();
    }

    /** Cuts one random live connection now; false if none is open. */
    boolean cutOne() {
        List<Link> live = new ArrayList<>(links);
        if (live.isEmpty()) {
            return false;
        }
        live.get(ThreadLocalRandom.current().nextInt(live.size())).cut();
        return true;
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                Socket client = listener.accept();
                Socket server = new Socket();
                server.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), targetPort), 5_000);
                client.setTcpNoDelay(true);
                server.setTcpNoDelay(true);
                Link link = new Link(client, server);
                links.add(link);
                link.start();
            } catch (IOException e) {
                if (!closed) {
                    throw new IllegalStateException("the proxy stopped accepting", e);
                }
            }
        }
    }

    private int budget() {
        return ThreadLocalRandom.current().nextInt(minBudget, maxBudget + 1);
    }

    /** One client connection and its connection to the server. */
    private final class Link {
        private final Socket client;
        private final Socket server;
        private volatile boolean done;

        Link(Socket client, Socket server) {
            this.client = client;
            this.server = server;
        }

        void start() {
            pump(client, server, budget(), "up");
            pump(server, client, budget(), "down");
        }

        private void pump(Socket from, Socket to, int budget, String direction) {
            Thread t = new Thread(() -> {
                byte[] buffer = new byte[8192];
                int left = budget;
                try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                    int n;
                    while ((n = in.read(buffer)) > 0) {
                        if (n >= left) {
                            // forward part of this chunk, then cut in the middle of the message
                            out.write(buffer, 0, left);
                            out.flush();
                            forwarded.addAndGet(left);
                            cut();
                            return;
                        }
                        out.write(buffer, 0, n);
                        out.flush();
                        forwarded.addAndGet(n);
                        left -= n;
                    }
                } catch (IOException e) {
                    // the other direction cut or closed this link; nothing more to forward
                } finally {
                    end();
                }
            }, "cutting-proxy-" + direction);
            t.setDaemon(true);
            t.start();
        }

        /** Closes both sockets abruptly: RST or FIN at random. */
        synchronized void cut() {
            if (done) {
                return;
            }
            cuts.incrementAndGet();
            boolean reset = ThreadLocalRandom.current().nextBoolean();
            for (Socket s : List.of(client, server)) {
                try {
                    if (reset) {
                        s.setSoLinger(true, 0);
                    }
                } catch (SocketException e) {
                    // already closed
                }
            }
            end();
        }

        /** Closes both sockets (a normal end when one side closed). */
        synchronized void end() {
            done = true;
            links.remove(this);
            closeQuietly(client);
            closeQuietly(server);
        }
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException e) {
            // closing a socket that is already gone
        }
    }

    @Override
    public void close() throws IOException {
        closed = true;
        listener.close();
        for (Link link : new ArrayList<>(links)) {
            link.end();
        }
    }
}
