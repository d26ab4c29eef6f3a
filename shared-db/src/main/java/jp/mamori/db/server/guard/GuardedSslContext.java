package jp.mamori.db.server.guard;

import java.security.KeyManagementException;
import java.security.SecureRandom;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLContextSpi;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocketFactory;
import javax.net.ssl.SSLSessionContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;

/**
 * The JVM's default TLS context with one change: its server sockets are {@link GuardedServerSocket}s.
 * H2's TCP server takes its server socket from {@code SSLServerSocketFactory.getDefault()}, which
 * asks the default context; client sockets and engines are the wrapped context's own.
 */
final class GuardedSslContext extends SSLContext {

    private final SSLContext delegate;

    GuardedSslContext(SSLContext delegate, WireGuard guard) {
        super(new Spi(delegate, guard), delegate.getProvider(), delegate.getProtocol());
        this.delegate = delegate;
    }

    /** The context this one guards (a restarted server guards the real context, not a guard of it). */
    SSLContext unwrap() {
        return delegate;
    }

    private static final class Spi extends SSLContextSpi {

        private final SSLContext delegate;
        private final WireGuard guard;

        Spi(SSLContext delegate, WireGuard guard) {
            this.delegate = delegate;
            this.guard = guard;
        }

        @Override
        protected void engineInit(KeyManager[] km, TrustManager[] tm, SecureRandom sr) throws KeyManagementException {
            throw new KeyManagementException("the guarded context is initialised already");
        }

        @Override
        protected SSLSocketFactory engineGetSocketFactory() {
            return delegate.getSocketFactory();
        }

        @Override
        protected SSLServerSocketFactory engineGetServerSocketFactory() {
            return new GuardedServerSocketFactory(delegate.getServerSocketFactory(), guard);
        }

        @Override
        protected SSLEngine engineCreateSSLEngine() {
            return delegate.createSSLEngine();
        }

        @Override
        protected SSLEngine engineCreateSSLEngine(String host, int port) {
            return delegate.createSSLEngine(host, port);
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
            return delegate.getDefaultSSLParameters();
        }

        @Override
        protected SSLParameters engineGetSupportedSSLParameters() {
            return delegate.getSupportedSSLParameters();
        }
    }
}
