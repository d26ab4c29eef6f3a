package jp.mamori.db.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.SocketException;
import java.security.NoSuchAlgorithmException;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLServerSocketFactory;
import javax.net.ssl.SSLSocketFactory;

/**
 * An experiment for {@code installer/benchmark.sh --tcp-nodelay}, not part of the product: TLS
 * socket factories that switch Nagle's algorithm off ({@code TCP_NODELAY}) on every socket H2
 * opens or accepts. H2 sets no socket options; over TLS a response written as several records
 * then waits for the peer's delayed acknowledgement (about 40 ms on Linux) before its last
 * record leaves. H2 takes its factories from {@code SSLSocketFactory.getDefault()} and
 * {@code SSLServerSocketFactory.getDefault()}, which honour the security properties
 * {@code ssl.SocketFactory.provider} and {@code ssl.ServerSocketFactory.provider}; both classes
 * here delegate to the default {@link SSLContext} (the one {@code TlsSetup} installs).
 */
public final class NoDelaySockets {

    /** Security property naming the server socket factory class. */
    public static final String SERVER_PROPERTY = "ssl.ServerSocketFactory.provider";
    /** Security property naming the client socket factory class. */
    public static final String CLIENT_PROPERTY = "ssl.SocketFactory.provider";

    private NoDelaySockets() {
    }

    /** Client side: every socket gets {@code TCP_NODELAY} before it connects. */
    public static final class Client extends SSLSocketFactory {
        private final SSLSocketFactory delegate;

        public Client() throws NoSuchAlgorithmException {
            this.delegate = SSLContext.getDefault().getSocketFactory();
        }

        private static Socket noDelay(Socket socket) throws IOException {
            socket.setTcpNoDelay(true);
            return socket;
        }

        @Override
        public String[] getDefaultCipherSuites() {
            return delegate.getDefaultCipherSuites();
        }

        @Override
        public String[] getSupportedCipherSuites() {
            return delegate.getSupportedCipherSuites();
        }

        @Override
        public Socket createSocket() throws IOException {
            return noDelay(delegate.createSocket());
        }

        @Override
        public Socket createSocket(Socket s, String host, int port, boolean autoClose) throws IOException {
            return noDelay(delegate.createSocket(s, host, port, autoClose));
        }

        @Override
        public Socket createSocket(String host, int port) throws IOException {
            return noDelay(delegate.createSocket(host, port));
        }

        @Override
        public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
            return noDelay(delegate.createSocket(host, port, localHost, localPort));
        }

        @Override
        public Socket createSocket(InetAddress host, int port) throws IOException {
            return noDelay(delegate.createSocket(host, port));
        }

        @Override
        public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
                throws IOException {
            return noDelay(delegate.createSocket(address, port, localAddress, localPort));
        }
    }

    /** Server side: every accepted socket gets {@code TCP_NODELAY}. */
    public static final class Server extends SSLServerSocketFactory {
        private final SSLServerSocketFactory delegate;

        public Server() throws NoSuchAlgorithmException {
            this.delegate = SSLContext.getDefault().getServerSocketFactory();
        }

        @Override
        public String[] getDefaultCipherSuites() {
            return delegate.getDefaultCipherSuites();
        }

        @Override
        public String[] getSupportedCipherSuites() {
            return delegate.getSupportedCipherSuites();
        }

        @Override
        public ServerSocket createServerSocket(int port) throws IOException {
            return new Listening((SSLServerSocket) delegate.createServerSocket(port));
        }

        @Override
        public ServerSocket createServerSocket(int port, int backlog) throws IOException {
            return new Listening((SSLServerSocket) delegate.createServerSocket(port, backlog));
        }

        @Override
        public ServerSocket createServerSocket(int port, int backlog, InetAddress address) throws IOException {
            return new Listening((SSLServerSocket) delegate.createServerSocket(port, backlog, address));
        }
    }

    /** A listening TLS socket whose accepted sockets have {@code TCP_NODELAY}. */
    private static final class Listening extends SSLServerSocket {
        private final SSLServerSocket socket;

        Listening(SSLServerSocket socket) throws IOException {
            this.socket = socket;
        }

        @Override
        public Socket accept() throws IOException {
            Socket accepted = socket.accept();
            accepted.setTcpNoDelay(true);
            return accepted;
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }

        @Override
        public int getLocalPort() {
            return socket.getLocalPort();
        }

        @Override
        public InetAddress getInetAddress() {
            return socket.getInetAddress();
        }

        @Override
        public SocketAddress getLocalSocketAddress() {
            return socket.getLocalSocketAddress();
        }

        @Override
        public boolean isClosed() {
            return socket.isClosed();
        }

        @Override
        public boolean isBound() {
            return socket.isBound();
        }

        @Override
        public void setSoTimeout(int timeout) throws SocketException {
            socket.setSoTimeout(timeout);
        }

        @Override
        public String[] getEnabledCipherSuites() {
            return socket.getEnabledCipherSuites();
        }

        @Override
        public void setEnabledCipherSuites(String[] suites) {
            socket.setEnabledCipherSuites(suites);
        }

        @Override
        public String[] getSupportedCipherSuites() {
            return socket.getSupportedCipherSuites();
        }

        @Override
        public String[] getSupportedProtocols() {
            return socket.getSupportedProtocols();
        }

        @Override
        public String[] getEnabledProtocols() {
            return socket.getEnabledProtocols();
        }

        @Override
        public void setEnabledProtocols(String[] protocols) {
            socket.setEnabledProtocols(protocols);
        }

        @Override
        public void setNeedClientAuth(boolean need) {
            socket.setNeedClientAuth(need);
        }

        @Override
        public boolean getNeedClientAuth() {
            return socket.getNeedClientAuth();
        }

        @Override
        public void setWantClientAuth(boolean want) {
            socket.setWantClientAuth(want);
        }

        @Override
        public boolean getWantClientAuth() {
            return socket.getWantClientAuth();
        }

        @Override
        public void setUseClientMode(boolean mode) {
            socket.setUseClientMode(mode);
        }

        @Override
        public boolean getUseClientMode() {
            return socket.getUseClientMode();
        }

        @Override
        public void setEnableSessionCreation(boolean flag) {
            socket.setEnableSessionCreation(flag);
        }

        @Override
        public boolean getEnableSessionCreation() {
            return socket.getEnableSessionCreation();
        }
    }
}
