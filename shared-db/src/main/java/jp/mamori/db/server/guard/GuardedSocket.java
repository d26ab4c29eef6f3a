package jp.mamori.db.server.guard;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.SocketException;
import java.net.SocketOption;
import javax.net.ssl.SSLSocket;

/**
 * An accepted TLS connection as H2 sees it: its input passes through the {@link ClientWireFilter},
 * its output through the {@link ErrorScrubber}; closing it frees its place at the {@link ConnectionGate}.
 */
final class GuardedSocket extends Socket {

    private final SSLSocket delegate;
    private final Runnable onClose;
    private final ErrorScrubber output;
    private final ClientWireFilter input;
    private boolean closed;

    GuardedSocket(SSLSocket delegate, WireGuard guard, long handshakeDeadlineNanos, Runnable onClose)
            throws IOException {
        this.delegate = delegate;
        this.onClose = onClose;
        this.output = new ErrorScrubber(delegate.getOutputStream(), this::closeQuietly);
        this.input = new ClientWireFilter(delegate, output, guard, handshakeDeadlineNanos, this::closeQuietly);
    }

    @Override
    public InputStream getInputStream() {
        return input;
    }

    @Override
    public OutputStream getOutputStream() {
        return output;
    }

    @Override
    public void close() throws IOException {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        try {
            delegate.close();
        } finally {
            onClose.run();
        }
    }

    /**
     * Closes after a failed read or write. H2's own close skips the socket when its last flush
     * fails, so the guard closes it (and frees its place at the gate) itself.
     */
    void closeQuietly() {
        try {
            close();
        } catch (IOException e) {
            // the connection is gone either way
        }
    }

    @Override
    public synchronized boolean isClosed() {
        return closed || delegate.isClosed();
    }

    @Override
    public boolean isConnected() {
        return delegate.isConnected();
    }

    @Override
    public boolean isBound() {
        return delegate.isBound();
    }

    @Override
    public InetAddress getInetAddress() {
        return delegate.getInetAddress();
    }

    @Override
    public int getPort() {
        return delegate.getPort();
    }

    @Override
    public InetAddress getLocalAddress() {
        return delegate.getLocalAddress();
    }

    @Override
    public int getLocalPort() {
        return delegate.getLocalPort();
    }

    @Override
    public SocketAddress getRemoteSocketAddress() {
        return delegate.getRemoteSocketAddress();
    }

    @Override
    public SocketAddress getLocalSocketAddress() {
        return delegate.getLocalSocketAddress();
    }

    @Override
    public synchronized void setSoTimeout(int timeout) throws SocketException {
        delegate.setSoTimeout(timeout);
    }

    @Override
    public synchronized int getSoTimeout() throws SocketException {
        return delegate.getSoTimeout();
    }

    @Override
    public void setTcpNoDelay(boolean on) throws SocketException {
        delegate.setTcpNoDelay(on);
    }

    @Override
    public boolean getTcpNoDelay() throws SocketException {
        return delegate.getTcpNoDelay();
    }

    @Override
    public void setKeepAlive(boolean on) throws SocketException {
        delegate.setKeepAlive(on);
    }

    @Override
    public <T> Socket setOption(SocketOption<T> name, T value) throws IOException {
        delegate.setOption(name, value);
        return this;
    }

    @Override
    public void shutdownInput() throws IOException {
        delegate.shutdownInput();
    }

    @Override
    public void shutdownOutput() throws IOException {
        delegate.shutdownOutput();
    }

    @Override
    public String toString() {
        return "guarded " + delegate;
    }
}
