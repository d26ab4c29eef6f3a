package jp.mamori.db.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import jp.mamori.db.demo.DemoUser;
import jp.mamori.db.pki.CertificateAuthority;
import jp.mamori.db.pki.CertificatePurpose;
import jp.mamori.db.pki.IssuedCredential;
import jp.mamori.db.testing.TestServer;
import org.junit.jupiter.api.Test;

/**
 * What a clerk is told when the TLS handshake fails, on real sockets: a server whose certificate
 * is not from the project CA is {@code SERVER_UNTRUSTED}; a peer that drops the connection during
 * the handshake is {@code SERVER_UNREACHABLE} (a network fault, not a reason to distrust the
 * server); a peer that answers something other than TLS is {@code SERVER_UNTRUSTED}.
 */
class HandshakeFailureTest {

    private static final DemoUser CLERK = TestServer.user("zeimu.clerk");

    @Test
    void aServerWithAForeignCertificateIsUntrusted() throws Exception {
        CertificateAuthority foreign = CertificateAuthority.create("impostor", Duration.ofDays(30));
        IssuedCredential key = foreign.issue("localhost", CertificatePurpose.SERVER_TLS, Duration.ofDays(30),
                List.of("localhost", "127.0.0.1"));
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        char[] password = "impostor".toCharArray();
        store.setKeyEntry("tls", key.key(), password,
                new java.security.cert.Certificate[] {key.certificate(), key.caCertificate()});
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(store, password);
        SSLContext context = SSLContext.getInstance("TLSv1.3");
        context.init(kmf.getKeyManagers(), null, new SecureRandom());
        try (SSLServerSocket impostor = (SSLServerSocket) context.getServerSocketFactory()
                .createServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            serve(impostor, socket -> {
                try {
                    ((SSLSocket) socket).startHandshake();
                } catch (IOException refusedByTheClient) {
                    // the client refuses our certificate: that is the point
                }
            });
            assertEquals(LoginFailure.SERVER_UNTRUSTED, loginFailure(impostor.getLocalPort()));
        }
    }

    @Test
    void aPeerThatDropsTheHandshakeIsUnreachable() throws Exception {
        try (ServerSocket dropper = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            serve(dropper, socket -> {
                try {
                    socket.getInputStream().read(new byte[64]);
                } catch (IOException e) {
                    // closing below either way
                }
            });
            assertEquals(LoginFailure.SERVER_UNREACHABLE, loginFailure(dropper.getLocalPort()));
        }
    }

    @Test
    void aPeerThatDoesNotSpeakTlsIsUntrusted() throws Exception {
        try (ServerSocket plain = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            serve(plain, socket -> {
                try {
                    socket.getInputStream().read(new byte[64]);
                    OutputStream out = socket.getOutputStream();
                    out.write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n".repeat(20)
                            .getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    Thread.sleep(500);
                } catch (IOException | InterruptedException e) {
                    // the client hung up first
                }
            });
            assertEquals(LoginFailure.SERVER_UNTRUSTED, loginFailure(plain.getLocalPort()));
        }
    }

    private static LoginFailure loginFailure(int port) {
        ClientConfig real = TestServer.clientConfig();
        ClientConfig elsewhere = new ClientConfig(new ServerAddress("127.0.0.1", port, "mamori"),
                real.caCertificate(), real.terminalKeystore(), real.terminalKeystorePassword());
        LoginException e = assertThrows(LoginException.class,
                () -> new MamoriConnector(elsewhere).login(CLERK.pkcs12(), CLERK.password().toCharArray()));
        return e.failure();
    }

    /** Accepts connections on a daemon thread, hands each to {@code handler}, then closes it. */
    private static void serve(ServerSocket listener, Consumer<Socket> handler) {
        Thread t = new Thread(() -> {
            while (!listener.isClosed()) {
                try (Socket socket = listener.accept()) {
                    handler.accept(socket);
                } catch (IOException closed) {
                    return;
                }
            }
        }, "fake-server");
        t.setDaemon(true);
        t.start();
    }
}
