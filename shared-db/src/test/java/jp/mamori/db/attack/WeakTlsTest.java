package jp.mamori.db.attack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import jp.mamori.db.audit.BundleTools;
import jp.mamori.db.server.ServerLayout;
import jp.mamori.db.testing.TestServer;
import org.junit.jupiter.api.Test;

/**
 * ADR 0002 promises TLS 1.3, or TLS 1.2 with AEAD suites only. A network attacker's client that
 * offers only TLS 1.2 with CBC, or only TLS 1.1, gets no handshake from the server; and the
 * client refuses a server (or a man in the middle) that offers only CBC.
 */
class WeakTlsTest {

    private static final String CBC = "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256";
    private static final String GCM = "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256";

    @Test
    void serverRefusesTls12WithCbcFromAJavaClient() throws Exception {
        int port = TestServer.get().server().port();
        IOException refused = assertThrows(IOException.class, () -> handshake(port, "TLSv1.2", CBC));
        assertTrue(refused instanceof javax.net.ssl.SSLException, refused.toString());
        assertEquals(GCM, handshake(port, "TLSv1.2", GCM), "TLS 1.2 with an AEAD suite is served");
    }

    @Test
    void serverRefusesTls12CbcAndTls11FromOpensslAndServesTls13() throws Exception {
        assumeTrue(BundleTools.onPath("openssl"), "openssl");
        int port = TestServer.get().server().port();
        BundleTools.Result cbc = sClient(port, "-tls1_2", "-cipher", "ECDHE-ECDSA-AES128-SHA256:ECDHE-ECDSA-AES256-SHA384"
                + ":ECDHE-ECDSA-AES128-SHA:ECDHE-ECDSA-AES256-SHA");
        assertNotEquals(0, cbc.exitCode(), cbc.output());
        BundleTools.Result tls11 = sClient(port, "-tls1_1", "-cipher", "DEFAULT@SECLEVEL=0");
        assertNotEquals(0, tls11.exitCode(), tls11.output());
        BundleTools.Result tls13 = sClient(port, "-tls1_3");
        assertEquals(0, tls13.exitCode(), tls13.output());
        assertTrue(tls13.output().contains("TLSv1.3"), tls13.output());
    }

    @Test
    void clientRefusesAServerThatOffersOnlyCbc() throws Exception {
        TestServer.get();
        assertThrows(IOException.class, () -> connectDefaultClientTo(CBC));
        connectDefaultClientTo(GCM);
    }

    /** A server with the real server TLS key that offers only {@code suite}; the JVM's default (mamori) client connects. */
    private static void connectDefaultClientTo(String suite) throws Exception {
        ServerLayout layout = TestServer.get().server().layout();
        char[] password = Files.readString(layout.keystorePassword()).strip().toCharArray();
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (var in = Files.newInputStream(layout.tlsKeystore())) {
            keys.load(in, password);
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(keys, password);
        SSLContext serverContext = SSLContext.getInstance("TLSv1.2");
        serverContext.init(kmf.getKeyManagers(), null, new SecureRandom());
        try (SSLServerSocket server = (SSLServerSocket) serverContext.getServerSocketFactory().createServerSocket(0)) {
            server.setEnabledProtocols(new String[] {"TLSv1.2"});
            server.setEnabledCipherSuites(new String[] {suite});
            CompletableFuture<Void> accepted = CompletableFuture.runAsync(() -> {
                try (SSLSocket s = (SSLSocket) server.accept()) {
                    s.setSoTimeout(5000);
                    s.startHandshake();
                } catch (IOException e) {
                    // the client's refusal shows on the client side
                }
            });
            try (SSLSocket client = (SSLSocket) SSLContext.getDefault().getSocketFactory().createSocket()) {
                client.connect(new InetSocketAddress("127.0.0.1", server.getLocalPort()), 5000);
                client.setSoTimeout(5000);
                client.startHandshake();
            } finally {
                accepted.get(10, TimeUnit.SECONDS);
            }
        }
    }

    /** An attacker's client: any server certificate, only the given protocol and suite. */
    private static String handshake(int port, String protocol, String suite) throws Exception {
        SSLContext context = SSLContext.getInstance(protocol);
        context.init(null, new TrustManager[] {new TrustAll()}, new SecureRandom());
        try (SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
            socket.setSoTimeout(5000);
            socket.setEnabledProtocols(new String[] {protocol});
            assertTrue(Arrays.asList(socket.getSupportedCipherSuites()).contains(suite), suite);
            socket.setEnabledCipherSuites(new String[] {suite});
            socket.startHandshake();
            return socket.getSession().getCipherSuite();
        }
    }

    private static BundleTools.Result sClient(int port, String... options) throws Exception {
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of("openssl", "s_client",
                "-connect", "127.0.0.1:" + port));
        command.addAll(Arrays.asList(options));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), "s_client finished");
        return new BundleTools.Result(process.exitValue(), output);
    }

    private static final class TrustAll implements X509TrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
