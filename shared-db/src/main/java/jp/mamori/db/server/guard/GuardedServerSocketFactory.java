package jp.mamori.db.server.guard;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLServerSocketFactory;

/** Makes the real TLS server sockets and hands out guarded ones. */
final class GuardedServerSocketFactory extends SSLServerSocketFactory {

    private final SSLServerSocketFactory delegate;
    private final WireGuard guard;

    GuardedServerSocketFactory(SSLServerSocketFactory delegate, WireGuard guard) {
        this.delegate = delegate;
        this.guard = guard;
    }

    @Override
    public ServerSocket createServerSocket() throws IOException {
        return new GuardedServerSocket((SSLServerSocket) delegate.createServerSocket(), guard);
    }

    @Override
    public ServerSocket createServerSocket(int port) throws IOException {
        return new GuardedServerSocket((SSLServerSocket) delegate.createServerSocket(port), guard);
    }

    @Override
    public ServerSocket createServerSocket(int port, int backlog) throws IOException {
        return new GuardedServerSocket((SSLServerSocket) delegate.createServerSocket(port, backlog), guard);
    }

    @Override
    public ServerSocket createServerSocket(int port, int backlog, InetAddress address) throws IOException {
        return new GuardedServerSocket((SSLServerSocket) delegate.createServerSocket(port, backlog, address), guard);
    }

    @Override
    public String[] getDefaultCipherSuites() {
        return delegate.getDefaultCipherSuites();
    }

    @Override
    public String[] getSupportedCipherSuites() {
        return delegate.getSupportedCipherSuites();
    }
}
