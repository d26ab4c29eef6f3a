package jp.mamori.db.server;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.security.KeyManagementException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLContextSpi;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLServerSocketFactory;
import javax.net.ssl.SSLSessionContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;

/**
 * The protocol versions and cipher suites mamori speaks (ADR 0002): TLS 1.3, or TLS 1.2 with
 * ECDHE and an AEAD cipher (AES-GCM, ChaCha20-Poly1305) only — no CBC, no static RSA, nothing
 * older. Java's defaults also offer TLS 1.2 CBC suites, so the context {@link TlsSetup} installs
 * is wrapped: every socket, server socket and engine it creates is restricted before use. H2
 * then only removes {@code SSL*} protocols from what is enabled (CipherFactory), which changes
 * nothing here.
 */
final class TlsPolicy {

    static final String[] PROTOCOLS = {"TLSv1.3", "TLSv1.2"};

    private TlsPolicy() {
    }

    /** Whether mamori allows {@code suite}: a TLS 1.3 suite, or ECDHE with AES-GCM or ChaCha20-Poly1305. */
    static boolean allowed(String suite) {
        return suite.startsWith("TLS_AES_") || suite.startsWith("TLS_CHACHA20_")
                || suite.startsWith("TLS_ECDHE_") && (suite.contains("_GCM_") || suite.contains("_CHACHA20_POLY1305_"));
    }

    static String[] allowedOf(String[] suites) {
        return Arrays.stream(suites).filter(TlsPolicy::allowed).toArray(String[]::new);
    }

    /** {@code context}, restricted to the policy for every socket and engine it makes. */
    static SSLContext restrict(SSLContext context) {
        return new SSLContext(new RestrictedSpi(context), context.getProvider(), context.getProtocol()) {
        };
    }

    private static <T extends Socket> T restrict(T socket) {
        if (socket instanceof SSLSocket ssl) {
            ssl.setEnabledProtocols(PROTOCOLS);
            ssl.setEnabledCipherSuites(allowedOf(ssl.getSupportedCipherSuites()));
        }
        return socket;
    }

    private static <T extends ServerSocket> T restrict(T socket) {
        if (socket instanceof SSLServerSocket ssl) {
            ssl.setEnabledProtocols(PROTOCOLS);
            ssl.setEnabledCipherSuites(allowedOf(ssl.getSupportedCipherSuites()));
        }
        return socket;
    }

    private static final class RestrictedSpi extends SSLContextSpi {
        private final SSLContext delegate;

        RestrictedSpi(SSLContext delegate) {
            this.delegate = delegate;
        }

        @Override
        protected void engineInit(KeyManager[] km, TrustManager[] tm, SecureRandom sr) throws KeyManagementException {
            delegate.init(km, tm, sr);
        }

        @Override
        protected SSLSocketFactory engineGetSocketFactory() {
            return new RestrictedSocketFactory(delegate.getSocketFactory());
        }

        @Override
        protected SSLServerSocketFactory engineGetServerSocketFactory() {
            return new RestrictedServerSocketFactory(delegate.getServerSocketFactory());
        }

        @Override
        protected SSLEngine engineCreateSSLEngine() {
            SSLEngine engine = delegate.createSSLEngine();
            engine.setSSLParameters(parameters());
            return engine;
        }

        @Override
        protected SSLEngine engineCreateSSLEngine(String host, int port) {
            SSLEngine engine = delegate.createSSLEngine(host, port);
            engine.setSSLParameters(parameters());
            return engine;
        }

        @Override
        protected SSLSessionContext engineGetServerSessionContext() {
            return delegate.getServerSessionContext();
        }

        @Override
        protected SSLSessionContext engineGetClientSessionContext() {
            return delegate.getClientSessionContext();
        }

        @Override
        protected SSLParameters engineGetDefaultSSLParameters() {
            return parameters();
        }

        @Override
        protected SSLParameters engineGetSupportedSSLParameters() {
            return delegate.getSupportedSSLParameters();
        }

        private SSLParameters parameters() {
            SSLParameters parameters = delegate.getDefaultSSLParameters();
            parameters.setProtocols(PROTOCOLS);
            parameters.setCipherSuites(allowedOf(delegate.getSupportedSSLParameters().getCipherSuites()));
            return parameters;
        }
    }

    private static final class RestrictedSocketFactory extends SSLSocketFactory {
        private final SSLSocketFactory delegate;

        RestrictedSocketFactory(SSLSocketFactory delegate) {
            this.delegate = delegate;
        }

        @Override
        public String[] getDefaultCipherSuites() {
            return allowedOf(delegate.getDefaultCipherSuites());
        }

        @Override
        public String[] getSupportedCipherSuites() {
            return allowedOf(delegate.getSupportedCipherSuites());
        }

        @Override
        public Socket createSocket() throws IOException {
            return restrict(delegate.createSocket());
        }

        @Override
        public Socket createSocket(Socket s, String host, int port, boolean autoClose) throws IOException {
            return restrict(delegate.createSocket(s, host, port, autoClose));
        }

        @Override
        public Socket createSocket(String host, int port) throws IOException {
            return restrict(delegate.createSocket(host, port));
        }

        @Override
        public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
            return restrict(delegate.createSocket(host, port, localHost, localPort));
        }

        @Override
        public Socket createSocket(InetAddress host, int port) throws IOException {
            return restrict(delegate.createSocket(host, port));
        }

        @Override
        public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
                throws IOException {
            return restrict(delegate.createSocket(address, port, localAddress, localPort));
        }
    }

    private static final class RestrictedServerSocketFactory extends SSLServerSocketFactory {
        private final SSLServerSocketFactory delegate;

        RestrictedServerSocketFactory(SSLServerSocketFactory delegate) {
            this.delegate = delegate;
        }

        @Override
        public String[] getDefaultCipherSuites() {
            return allowedOf(delegate.getDefaultCipherSuites());
        }

        @Override
        public String[] getSupportedCipherSuites() {
            return allowedOf(delegate.getSupportedCipherSuites());
        }

        @Override
        public ServerSocket createServerSocket() throws IOException {
            return restrict(delegate.createServerSocket());
        }

        @Override
        public ServerSocket createServerSocket(int port) throws IOException {
            return restrict(delegate.createServerSocket(port));
        }

        @Override
        public ServerSocket createServerSocket(int port, int backlog) throws IOException {
            return restrict(delegate.createServerSocket(port, backlog));
        }

        @Override
        public ServerSocket createServerSocket(int port, int backlog, InetAddress ifAddress) throws IOException {
            return restrict(delegate.createServerSocket(port, backlog, ifAddress));
        }
    }
}
