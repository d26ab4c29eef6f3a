package jp.mamori.db.server.guard;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.h2.engine.Constants;
import org.junit.jupiter.api.Test;

/**
 * The filter on its own, without a server: allowed messages pass byte for byte, and what that
 * costs per call (printed; the figure of ADR 0012).
 */
class ClientWireFilterTest {

    private static final int CALLS = 200_000;

    @Test
    void allowedMessagesPassUnchangedAndCostLittle() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(Constants.TCP_PROTOCOL_VERSION_MIN_SUPPORTED);
        out.writeInt(Constants.TCP_PROTOCOL_VERSION_MAX_SUPPORTED);
        string(out, "mamori");
        string(out, "jdbc:h2:ssl://127.0.0.1/mamori;AUTHREALM=MAMORI");
        string(out, "ZEIMU.CLERK");
        out.writeInt(32);
        out.write(new byte[32]);
        out.writeInt(-1);
        out.writeInt(2);
        string(out, "AUTHREALM");
        string(out, "MAMORI");
        string(out, "AUTHZPWD");
        string(out, "token");
        out.writeInt(18);
        out.writeInt(1);
        string(out, "CALL API.REGISTRY_PERSON(?, ?)");
        int header = bytes.size();
        for (int i = 0; i < CALLS; i++) {
            out.writeInt(2);
            out.writeInt(1);
            out.writeInt(2);
            out.writeLong(Integer.MAX_VALUE);
            out.writeInt(100);
            out.writeInt(2);
            out.writeInt(ArgumentTypes.VARCHAR);
            string(out, "person.view");
            out.writeInt(ArgumentTypes.BIGINT);
            out.writeLong(i);
        }
        byte[] sent = bytes.toByteArray();
        WireGuard guard = new WireGuard("mamori",
                new ApiCatalog(Map.of("REGISTRY_PERSON", List.of(List.of("CHARACTER VARYING", "CHARACTER VARYING")))),
                () -> new GuardPolicy(32, 512, Duration.ofSeconds(10), Integer.MAX_VALUE, Duration.ofMinutes(1)),
                new GuardAudit(null));
        ClientWireFilter filter = new ClientWireFilter(new FakeSocket(sent), new ErrorScrubber(OutputStream.nullOutputStream(),
                () -> { }), guard, System.nanoTime() + 60_000_000_000L, () -> { });

        long start = System.nanoTime();
        byte[] received = filter.readAllBytes();
        long nanos = System.nanoTime() - start;

        assertArrayEquals(sent, received);
        System.out.printf("wire guard: %d calls (%d bytes) filtered in %d ms, %.2f µs per call%n", CALLS,
                sent.length - header, nanos / 1_000_000, nanos / 1000.0 / CALLS);
        assertEquals(sent.length, received.length);
    }

    private static void string(DataOutputStream out, String s) throws IOException {
        out.writeInt(s.length());
        out.writeChars(s);
    }

    /** A connected socket as far as the filter asks: its bytes and its peer. */
    private static final class FakeSocket extends Socket {
        private final InputStream in;

        FakeSocket(byte[] bytes) {
            this.in = new ByteArrayInputStream(bytes);
        }

        @Override
        public InputStream getInputStream() {
            return in;
        }

        @Override
        public InetAddress getInetAddress() {
            return InetAddress.getLoopbackAddress();
        }

        @Override
        public synchronized void setSoTimeout(int timeout) {
            // no real socket
        }
    }
}
