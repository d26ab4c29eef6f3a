package jp.mamori.db.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.EOFException;
import java.net.SocketException;
import java.security.cert.CertificateException;
import java.sql.SQLException;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import org.h2.api.ErrorCode;
import org.junit.jupiter.api.Test;

/** How connection failures are read; the chains are those H2 2.4 and the JDK produce. */
class ConnectionFailuresTest {

    private static SQLException broken(Throwable cause) {
        return new SQLException("Connection is broken", "90067", ErrorCode.CONNECTION_BROKEN_1, cause);
    }

    private static <T extends Throwable> T withCause(T e, Throwable cause) {
        e.initCause(cause);
        return e;
    }

    @Test
    void aHandshakeCutByTheNetworkIsUnreachableNotUntrusted() {
        SQLException e = broken(withCause(new SSLHandshakeException("Remote host terminated the handshake"),
                new EOFException("SSL peer shut down incorrectly")));
        assertEquals(LoginFailure.SERVER_UNREACHABLE, ConnectionFailures.loginFailure(e));
        SQLException reset = broken(withCause(new SSLException("Connection reset"), new SocketException("Connection reset")));
        assertEquals(LoginFailure.SERVER_UNREACHABLE, ConnectionFailures.loginFailure(reset));
    }

    @Test
    void aCertificateTheClientRefusesIsUntrusted() {
        SQLException e = broken(withCause(new SSLHandshakeException("certificate_unknown"),
                new CertificateException("not a mamori server certificate")));
        assertEquals(LoginFailure.SERVER_UNTRUSTED, ConnectionFailures.loginFailure(e));
    }

    @Test
    void aTlsFailureWithTheTransportIntactIsUntrusted() {
        SQLException e = broken(new SSLException("Unsupported or unrecognized SSL message"));
        assertEquals(LoginFailure.SERVER_UNTRUSTED, ConnectionFailures.loginFailure(e));
    }

    @Test
    void wrongCredentialsAndRefusedConnections() {
        assertEquals(LoginFailure.WRONG_CREDENTIALS, ConnectionFailures.loginFailure(
                new SQLException("Wrong user name or password", "28000", ErrorCode.WRONG_USER_OR_PASSWORD)));
        assertEquals(LoginFailure.SERVER_UNREACHABLE, ConnectionFailures.loginFailure(
                broken(new java.net.ConnectException("Connection refused"))));
    }

    @Test
    void aCallCutMidwayIsConnectionLost() {
        SQLException e = broken(new EOFException());
        assertEquals("connection.lost", ConnectionFailures.refusal(e).code());
        SQLException closed = new SQLException("The object is already closed", "90007", ErrorCode.OBJECT_CLOSED);
        assertEquals("connection.lost", ConnectionFailures.refusal(closed).code());
    }
}
