package jp.mamori.db.client;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.cert.CertificateException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SSLException;
import jp.mamori.db.contract.RefusalCode;
import org.h2.api.ErrorCode;
import jp.mamori.db.auth.ProvenRefusal;

/** Reads what went wrong from a JDBC exception: refusal, lost connection or untrusted server. */
final class ConnectionFailures {

    private ConnectionFailures() {
    }

    /**
     * Why a connection attempt failed. A certificate the client refuses, or a TLS failure with the
     * transport intact, is {@code SERVER_UNTRUSTED}; a handshake that ended because the connection
     * dropped ({@code SSLHandshakeException} caused by an {@code EOFException} or socket error) is
     * {@code SERVER_UNREACHABLE}, not a reason to distrust the server.
     */
    static LoginFailure loginFailure(SQLException e) {
        if (e.getErrorCode() == ErrorCode.WRONG_USER_OR_PASSWORD) {
            return LoginFailure.WRONG_CREDENTIALS;
        }
        LoginFailure told = provenRefusal(e);
        if (told != null) {
            return told;
        }
        if (causedBy(e, CertificateException.class)) {
            return LoginFailure.SERVER_UNTRUSTED;
        }
        if (causedBy(e, SSLException.class) && !transportLost(e)) {
            return LoginFailure.SERVER_UNTRUSTED;
        }
        return LoginFailure.SERVER_UNREACHABLE;
    }

    /**
     * The reason the server told a caller who proved key and password ({@code MAMORI-LOGIN[reason]} in
     * H2's general error 50000, see {@code ProvenRefusal}), or {@code null}.
     */
    static LoginFailure provenRefusal(SQLException e) {
        if (e.getErrorCode() != ErrorCode.GENERAL_ERROR_1 || e.getMessage() == null) {
            return null;
        }
        String message = e.getMessage();
        int start = message.indexOf(ProvenRefusal.MARKER);
        int end = start < 0 ? -1 : message.indexOf(']', start);
        if (end < 0) {
            return null;
        }
        return switch (message.substring(start + ProvenRefusal.MARKER.length(), end)) {
            case "LOCKED" -> LoginFailure.ACCOUNT_LOCKED;
            case "REVOKED" -> LoginFailure.CERTIFICATE_REVOKED;
            case "EXPIRED" -> LoginFailure.CERTIFICATE_EXPIRED;
            case "TERMINAL" -> LoginFailure.TERMINAL_NOT_DESIGNATED;
            case "DISABLED" -> LoginFailure.ACCOUNT_DISABLED;
            default -> null;
        };
    }

    private static boolean transportLost(Throwable e) {
        return causedBy(e, java.io.EOFException.class) || causedBy(e, java.net.SocketException.class)
                || causedBy(e, SocketTimeoutException.class);
    }

    /** Whether the exception means the connection to the server is gone or cannot be made. */
    static boolean isConnectionLoss(Throwable e) {
        if (causedBy(e, ConnectException.class) || causedBy(e, UnknownHostException.class)
                || causedBy(e, NoRouteToHostException.class) || causedBy(e, SocketTimeoutException.class)
                || causedBy(e, java.io.EOFException.class) || causedBy(e, java.net.SocketException.class)) {
            return true;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && (sql.getErrorCode() == ErrorCode.CONNECTION_BROKEN_1
                    || sql.getErrorCode() == ErrorCode.OBJECT_CLOSED
                    || sql.getErrorCode() == ErrorCode.DATABASE_CALLED_AT_SHUTDOWN)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The refusal carried in a procedure's exception ({@code MAMORI[code|arg...]}), a
     * {@code connection.lost}, or {@code error.unexpected}.
     */
    static ServerRefusal refusal(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = t.getMessage();
            int start = message == null ? -1 : message.indexOf("MAMORI[");
            if (start >= 0) {
                int end = message.indexOf(']', start);
                if (end > start) {
                    String[] parts = message.substring(start + 7, end).split("\\|", -1);
                    List<String> args = new ArrayList<>();
                    for (int i = 1; i < parts.length; i++) {
                        args.add(unescape(parts[i]));
                    }
                    return new ServerRefusal(parts[0], args, e);
                }
            }
        }
        if (isConnectionLoss(e)) {
            return new ServerRefusal(RefusalCode.CONNECTION_LOST, List.of(), e);
        }
        return new ServerRefusal(RefusalCode.ERROR_UNEXPECTED, List.of(), e);
    }

    private static String unescape(String value) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '%' && i + 2 < value.length()) {
                sb.append((char) Integer.parseInt(value.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
