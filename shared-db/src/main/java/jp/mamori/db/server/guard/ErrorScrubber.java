package jp.mamori.db.server.guard;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import jp.mamori.db.contract.RefusalCode;

/**
 * The server's side of the wire, below H2: every error response H2 writes loses its stack trace
 * (H2 sends {@code printStackTrace} text of the server's exception), and, once a staff session is
 * open, any error that is not a mamori refusal is replaced by {@code MAMORI[error.internal]}, so
 * no class, method, SQL or database text leaves the server.
 *
 * <p>H2 flushes once at the end of every response, and its error responses start with the status
 * {@code STATUS_ERROR}; the first four bytes after a flush tell which kind of response follows.
 */
final class ErrorScrubber extends OutputStream {

    static final String REFUSAL_STATE = "MM001";
    static final String INTERNAL_STATE = "MM500";
    private static final int STATUS_ERROR = 0;
    /** H2's answer to a call on a session that the server has closed ({@code ErrorCode.CONNECTION_BROKEN_1}). */
    private static final int SESSION_CLOSED = org.h2.api.ErrorCode.CONNECTION_BROKEN_1;

    private final OutputStream raw;
    private final ByteArrayOutputStream held = new ByteArrayOutputStream();
    private boolean atStart = true;
    private boolean holding;
    private volatile boolean replaceForeignMessages;

    private final Runnable onFailure;

    ErrorScrubber(OutputStream raw, Runnable onFailure) {
        this.raw = raw;
        this.onFailure = onFailure;
    }

    /** From now on, errors of H2's own are answered as an internal error (the login has passed). */
    void replaceForeignMessages(boolean replace) {
        this.replaceForeignMessages = replace;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) throws IOException {
        try {
            writeGuarded(b, off, len);
        } catch (IOException | RuntimeException e) {
            onFailure.run();
            throw e;
        }
    }

    private void writeGuarded(byte[] b, int off, int len) throws IOException {
        if (!atStart) {
            raw.write(b, off, len);
            return;
        }
        held.write(b, off, len);
        if (!holding && held.size() >= 4) {
            byte[] head = held.toByteArray();
            int status = ((head[0] & 0xff) << 24) | ((head[1] & 0xff) << 16) | ((head[2] & 0xff) << 8) | (head[3] & 0xff);
            if (status == STATUS_ERROR) {
                holding = true;
            } else {
                raw.write(head);
                held.reset();
                atStart = false;
            }
        }
    }

    @Override
    public synchronized void flush() throws IOException {
        try {
            flushGuarded();
        } catch (IOException | RuntimeException e) {
            onFailure.run();
            throw e;
        }
    }

    private void flushGuarded() throws IOException {
        if (held.size() > 0) {
            raw.write(holding ? scrub(held.toByteArray()) : held.toByteArray());
            held.reset();
        }
        holding = false;
        atStart = true;
        raw.flush();
    }

    /** Answers the pending request with a mamori refusal without arguments: no trace, no SQL. */
    synchronized void writeRefusal(RefusalCode code) throws IOException {
        DataOutputStream out = new DataOutputStream(raw);
        out.writeInt(STATUS_ERROR);
        writeString(out, REFUSAL_STATE);
        writeString(out, wireMessage(code));
        writeString(out, null);
        out.writeInt(0);
        writeString(out, null);
        out.flush();
    }

    @Override
    public void close() throws IOException {
        raw.close();
    }

    private byte[] scrub(byte[] response) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(response));
        in.readInt();
        String state = readString(in);
        String message = readString(in);
        readString(in);
        int errorCode = in.readInt();
        readString(in);
        byte[] rest = in.readAllBytes();
        boolean ours = REFUSAL_STATE.equals(state) || INTERNAL_STATE.equals(state);
        if (replaceForeignMessages && !ours && errorCode == SESSION_CLOSED) {
            // The server ended the session (ADR 0002: revoked, locked, idle ...); the reason is told at the next login.
            state = REFUSAL_STATE;
            message = wireMessage(RefusalCode.SESSION_ENDED_CLOSED);
            errorCode = 0;
        } else if (replaceForeignMessages && !ours) {
            state = INTERNAL_STATE;
            message = wireMessage(RefusalCode.ERROR_INTERNAL);
            errorCode = 0;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(response.length);
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(STATUS_ERROR);
        writeString(out, state);
        writeString(out, message);
        writeString(out, null);
        out.writeInt(errorCode);
        writeString(out, null);
        out.write(rest);
        return bytes.toByteArray();
    }

    /** {@code MAMORI[code]}: the form of ADR 0003 for a refusal without arguments. */
    static String wireMessage(RefusalCode code) {
        return "MAMORI[" + code.wire() + "]";
    }

    static String readString(DataInputStream in) throws IOException {
        int len = in.readInt();
        if (len == -1) {
            return null;
        }
        if (len < 0 || len > WireLimits.MAX_STRING_CHARS) {
            throw new IOException("string too long on the wire");
        }
        char[] chars = new char[len];
        for (int i = 0; i < len; i++) {
            chars[i] = in.readChar();
        }
        return new String(chars);
    }

    private static void writeString(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
        } else {
            out.writeInt(s.length());
            out.writeChars(s);
        }
    }
}
