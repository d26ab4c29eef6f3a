package jp.mamori.db.server.guard;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.h2.engine.Constants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import jp.mamori.db.audit.AuditDetail;
import jp.mamori.db.contract.RefusalCode;
import jp.mamori.db.server.Realms;

/**
 * What H2's TCP server reads of a connection, one whole client message at a time (the protocol is
 * request–response: the client waits for the answer after each message). A message is passed on
 * unchanged, answered here with a mamori refusal (H2 never sees it), or ends the connection.
 * Message layouts follow {@code org.h2.server.TcpServerThread} and {@code org.h2.value.Transfer}
 * of H2 2.4.240, protocol version 21 (client and server use the same jar; other versions are refused).
 */
final class ClientWireFilter extends InputStream {

    private static final Logger LOG = LoggerFactory.getLogger(ClientWireFilter.class);
    private static final byte[] NONE = new byte[0];
    /**
     * The only connection settings a client may send (ADR 0012): the realm, which must be a mamori
     * realm, and the password H2's client sends with it over TLS.
     */
    private static final String AUTHREALM = "AUTHREALM";
    private static final String AUTHZPWD = "AUTHZPWD";
    /**
     * Statements without parameters that H2's JDBC driver sends on its own: rollback, the catalog
     * name, and the session's own isolation level ({@code Connection.isValid}).
     */
    private static final Set<String> DRIVER_STATEMENTS = Set.of("ROLLBACK", "COMMIT", "CALL DATABASE()",
            "SELECT ISOLATION_LEVEL FROM INFORMATION_SCHEMA.SESSIONS WHERE SESSION_ID = SESSION_ID()");
    /** The query H2's own client sends while connecting, and the only settings it may ask for. */
    private static final String CLIENT_SETTINGS_QUERY =
            "SELECT SETTING_NAME, SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME IN (?, ?, ?)";
    private static final Set<String> CLIENT_SETTINGS = Set.of("MODE", "TIME ZONE", "JAVA_OBJECT_SERIALIZER",
            "DATABASE_TO_UPPER", "DATABASE_TO_LOWER", "CASE_INSENSITIVE_IDENTIFIERS");

    private static final int SESSION_PREPARE = 0;
    private static final int SESSION_CLOSE = 1;
    private static final int COMMAND_EXECUTE_QUERY = 2;
    private static final int COMMAND_EXECUTE_UPDATE = 3;
    private static final int COMMAND_CLOSE = 4;
    private static final int RESULT_FETCH_ROWS = 5;
    private static final int RESULT_RESET = 6;
    private static final int RESULT_CLOSE = 7;
    private static final int COMMAND_COMMIT = 8;
    private static final int CHANGE_ID = 9;
    private static final int COMMAND_GET_META_DATA = 10;
    private static final int SESSION_SET_ID = 12;
    private static final int SESSION_SET_AUTOCOMMIT = 15;
    private static final int SESSION_HAS_PENDING_TRANSACTION = 16;
    private static final int SESSION_PREPARE_READ_PARAMS2 = 18;
    private static final int GET_JDBC_META = 19;

    private final Socket socket;
    private final ErrorScrubber answers;
    private final WireGuard guard;
    private final long handshakeDeadline;
    private final Capture capture;
    private final DataInputStream in;
    private byte[] pending = NONE;
    private int position;
    private Session session;
    /** Set once the stream can no longer be followed; the connection is closed then. */
    private boolean broken;

    private final Runnable closeConnection;

    ClientWireFilter(Socket socket, ErrorScrubber answers, WireGuard guard, long handshakeDeadline,
            Runnable closeConnection) throws IOException {
        this.closeConnection = closeConnection;
        this.socket = socket;
        this.answers = answers;
        this.guard = guard;
        this.handshakeDeadline = handshakeDeadline;
        this.capture = new Capture(new BufferedInputStream(socket.getInputStream(), 8192));
        this.in = new DataInputStream(capture);
    }

    @Override
    public int read() throws IOException {
        if (!fill()) {
            return -1;
        }
        return pending[position++] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (!fill()) {
            return -1;
        }
        int n = Math.min(len, pending.length - position);
        System.arraycopy(pending, position, b, off, n);
        position += n;
        return n;
    }

    @Override
    public int available() {
        return pending.length - position;
    }

    @Override
    public void close() {
        closeConnection.run();
    }

    /**
     * Makes the next forwarded bytes ready; false at the end of the stream. H2 goes on reading
     * after an I/O error, so any failure to follow the stream closes the connection for good.
     */
    private boolean fill() throws IOException {
        if (broken) {
            return false;
        }
        try {
            return fillNext();
        } catch (IOException | RuntimeException e) {
            broken = true;
            closeConnection.run();
            throw e;
        }
    }

    private boolean fillNext() throws IOException {
        while (position >= pending.length) {
            if (session != null && session.exempt) {
                byte[] chunk = new byte[8192];
                int n = capture.readRaw(chunk);
                if (n < 0) {
                    return false;
                }
                pending = java.util.Arrays.copyOf(chunk, n);
                position = 0;
                return true;
            }
            capture.start();
            int first = capture.read();
            if (first < 0) {
                return false;
            }
            capture.unread(first);
            boolean forward = session == null ? readSessionRequest() : readMessage();
            pending = forward ? capture.captured() : NONE;
            position = 0;
        }
        return true;
    }

    /** The first message: protocol versions, database, user, password hash and settings. */
    private boolean readSessionRequest() throws IOException {
        int minVersion = in.readInt();
        int maxVersion = in.readInt();
        String database = readString();
        String url = readString();
        String user = readString();
        readBytes();
        byte[] fileKey = readBytes();
        int count = in.readInt();
        if (count < 0 || count > WireLimits.MAX_ITEMS) {
            return closeBeforeLogin("settings count");
        }
        String realm = null;
        List<String> foreign = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String key = readString();
            String value = readString();
            if (key != null && AUTHREALM.equalsIgnoreCase(key)) {
                realm = value == null ? null : value.toUpperCase(Locale.ROOT);
            } else if (!AUTHZPWD.equalsIgnoreCase(String.valueOf(key))) {
                foreign.add(String.valueOf(key));
            }
        }
        if (minVersion < Constants.TCP_PROTOCOL_VERSION_MIN_SUPPORTED
                || maxVersion != Constants.TCP_PROTOCOL_VERSION_MAX_SUPPORTED) {
            return refuseBeforeLogin(RefusalCode.DENIED_PROTOCOL, "protocol " + minVersion + "-" + maxVersion);
        }
        if (database == null || url == null || !guard.databaseName().equals(database)) {
            return refuseBeforeLogin(RefusalCode.DENIED_PROTOCOL, "database or cancel request");
        }
        if (!foreign.isEmpty() || fileKey != null) {
            return refuseBeforeLogin(RefusalCode.DENIED_SETTING, "settings " + foreign + (fileKey != null ? " + file key" : ""));
        }
        if (!Realms.STAFF.equals(realm) && !Realms.SERVER_ADMIN.equals(realm)) {
            return refuseBeforeLogin(RefusalCode.DENIED_SETTING, "realm " + realm);
        }
        boolean exempt = Realms.SERVER_ADMIN.equals(realm) && socket.getInetAddress().isLoopbackAddress();
        session = new Session(user == null ? "?" : user.toLowerCase(Locale.ROOT), exempt);
        socket.setSoTimeout(0);
        return true;
    }

    /** One message of a logged-in staff session. */
    private boolean readMessage() throws IOException {
        if (!session.established) {
            session.established = true;
            answers.replaceForeignMessages(true);
        }
        int operation = in.readInt();
        switch (operation) {
            case SESSION_PREPARE, SESSION_PREPARE_READ_PARAMS2 -> {
                int id = in.readInt();
                return prepare(id, readString());
            }
            case COMMAND_EXECUTE_QUERY -> {
                int id = in.readInt();
                in.readInt();
                in.readLong();
                in.readInt();
                return execute(id, readValues());
            }
            case COMMAND_EXECUTE_UPDATE -> {
                int id = in.readInt();
                List<Value> values = readValues();
                readGeneratedKeysRequest();
                return execute(id, values);
            }
            case COMMAND_CLOSE -> {
                session.prepared.remove(in.readInt());
                return true;
            }
            case RESULT_FETCH_ROWS, COMMAND_GET_META_DATA -> {
                in.readInt();
                in.readInt();
                return true;
            }
            case RESULT_RESET, RESULT_CLOSE -> {
                in.readInt();
                return true;
            }
            case CHANGE_ID -> {
                int oldId = in.readInt();
                int newId = in.readInt();
                Call moved = session.prepared.remove(oldId);
                if (moved != null) {
                    session.prepared.put(newId, moved);
                }
                return true;
            }
            case SESSION_SET_ID -> {
                readString();
                readString();
                return true;
            }
            case SESSION_SET_AUTOCOMMIT -> {
                in.readBoolean();
                return true;
            }
            case SESSION_CLOSE, COMMAND_COMMIT, SESSION_HAS_PENDING_TRANSACTION -> {
                return true;
            }
            case GET_JDBC_META -> {
                in.readInt();
                readValues();
                return refuse(GuardAudit.STATEMENT_REFUSED, "", RefusalCode.DENIED_STATEMENT,
                        AuditDetail.of("code", RefusalCode.DENIED_STATEMENT.wire()).with("kind", "metadata"));
            }
            default -> {
                guard.audit().denied(session.user, GuardAudit.STATEMENT_REFUSED, "",
                        AuditDetail.of("code", RefusalCode.DENIED_PROTOCOL.wire()).with("operation", operation));
                throw new IOException("operation " + operation + " is not allowed");
            }
        }
    }

    private boolean prepare(int id, String sql) throws IOException {
        String trimmed = sql == null ? "" : sql.strip();
        if (DRIVER_STATEMENTS.contains(trimmed.toUpperCase(Locale.ROOT))) {
            session.prepared.put(id, Call.DRIVER_STATEMENT);
            return true;
        }
        if (CLIENT_SETTINGS_QUERY.equals(sql)) {
            session.prepared.put(id, Call.CLIENT_SETTINGS);
            return true;
        }
        Optional<ApiCall> call = ApiCall.parse(sql);
        if (call.isEmpty() || !guard.catalog().knows(call.get().alias())) {
            if (!withinRate("")) {
                return false;
            }
            return refuse(GuardAudit.STATEMENT_REFUSED, call.map(ApiCall::alias).orElse(""), RefusalCode.DENIED_STATEMENT,
                    AuditDetail.of("code", RefusalCode.DENIED_STATEMENT.wire()).with("kind", firstWord(trimmed))
                            .with("length", trimmed.length()));
        }
        ApiCall api = call.get();
        Optional<List<String>> signature = guard.catalog().signature(api.alias(), api.arguments().size());
        if (signature.isEmpty()) {
            return refuse(GuardAudit.CALL_REFUSED, api.alias(), RefusalCode.INVALID_ARGUMENTS,
                    AuditDetail.of("code", RefusalCode.INVALID_ARGUMENTS.wire()).with("given", api.arguments().size()));
        }
        List<String> markerTypes = new ArrayList<>();
        for (int i = 0; i < api.arguments().size(); i++) {
            ApiCall.Argument argument = api.arguments().get(i);
            String declared = signature.get().get(i);
            if (!ArgumentTypes.accepts(declared, argument)) {
                return refuse(GuardAudit.CALL_REFUSED, api.alias(), RefusalCode.INVALID_ARGUMENTS,
                        AuditDetail.of("code", RefusalCode.INVALID_ARGUMENTS.wire()).with("position", i + 1));
            }
            if (argument == ApiCall.Argument.MARKER) {
                markerTypes.add(declared);
            }
        }
        session.prepared.put(id, new Call(api.alias(), List.copyOf(markerTypes)));
        return true;
    }

    private boolean execute(int id, List<Value> values) throws IOException {
        Call call = session.prepared.get(id);
        if (call == null) {
            return refuse(GuardAudit.STATEMENT_REFUSED, "", RefusalCode.DENIED_STATEMENT,
                    AuditDetail.of("code", RefusalCode.DENIED_STATEMENT.wire()).with("kind", "unprepared"));
        }
        if (call == Call.CLIENT_SETTINGS) {
            boolean known = values.size() == 3 && values.stream().allMatch(v -> CLIENT_SETTINGS.contains(v.text()));
            return known || refuse(GuardAudit.STATEMENT_REFUSED, "", RefusalCode.DENIED_STATEMENT,
                    AuditDetail.of("code", RefusalCode.DENIED_STATEMENT.wire()).with("kind", "settings"));
        }
        if (call == Call.DRIVER_STATEMENT) {
            return values.isEmpty() || refuse(GuardAudit.CALL_REFUSED, "", RefusalCode.INVALID_ARGUMENTS,
                    AuditDetail.of("code", RefusalCode.INVALID_ARGUMENTS.wire()).with("given", values.size()));
        }
        if (!withinRate(call.alias)) {
            return false;
        }
        if (values.size() != call.markerTypes.size()) {
            return refuse(GuardAudit.CALL_REFUSED, call.alias, RefusalCode.INVALID_ARGUMENTS,
                    AuditDetail.of("code", RefusalCode.INVALID_ARGUMENTS.wire()).with("given", values.size()));
        }
        for (int i = 0; i < values.size(); i++) {
            if (!ArgumentTypes.accepts(call.markerTypes.get(i), values.get(i).type())) {
                return refuse(GuardAudit.CALL_REFUSED, call.alias, RefusalCode.INVALID_ARGUMENTS,
                        AuditDetail.of("code", RefusalCode.INVALID_ARGUMENTS.wire()).with("position", i + 1));
            }
        }
        return true;
    }

    /** Counts a call; over the rate it is refused (the first time in a window with an alert row). */
    private boolean withinRate(String alias) throws IOException {
        switch (session.rate.count(System.nanoTime(), guard.policy())) {
            case ALLOW -> {
                return true;
            }
            case REFUSE_AND_ALERT -> {
                GuardPolicy policy = guard.policy();
                guard.audit().denied(session.user, GuardAudit.CALL_REFUSED, alias,
                        AuditDetail.of("code", RefusalCode.DENIED_RATE.wire()));
                guard.audit().denied(session.user, GuardAudit.RATE_LIMIT, alias,
                        AuditDetail.of("limit", policy.callsPerWindow())
                                .with("windowSeconds", policy.window().toSeconds()));
                answers.writeRefusal(RefusalCode.DENIED_RATE);
                return false;
            }
            case REFUSE -> {
                answers.writeRefusal(RefusalCode.DENIED_RATE);
                return false;
            }
            default -> throw new IOException("call rate far over the limit; connection closed");
        }
    }

    private boolean refuse(String action, String target, RefusalCode code, AuditDetail detail) throws IOException {
        guard.audit().denied(session.user, action, target, detail);
        answers.writeRefusal(code);
        return false;
    }

    /** Answers the session request with a refusal and ends the connection; no audit row (no one is logged in). */
    private boolean refuseBeforeLogin(RefusalCode code, String what) throws IOException {
        LOG.warn("connection from {} refused before login: {}", socket.getInetAddress().getHostAddress(), what);
        answers.writeRefusal(code);
        throw new EOFException("refused before login");
    }

    private boolean closeBeforeLogin(String what) throws IOException {
        LOG.warn("connection from {} closed before login: {}", socket.getInetAddress().getHostAddress(), what);
        throw new EOFException("closed before login");
    }

    /** Parameter values: their wire types; a type outside the allowed few ends the connection. */
    private List<Value> readValues() throws IOException {
        int count = in.readInt();
        if (count < 0 || count > WireLimits.MAX_ITEMS) {
            throw new IOException("too many parameters");
        }
        List<Value> values = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int type = in.readInt();
            String text = null;
            switch (type) {
                case ArgumentTypes.NULL -> { }
                case ArgumentTypes.BOOLEAN, ArgumentTypes.TINYINT -> in.readByte();
                case ArgumentTypes.SMALLINT -> in.readShort();
                case ArgumentTypes.INTEGER -> in.readInt();
                case ArgumentTypes.BIGINT, ArgumentTypes.DATE -> in.readLong();
                case ArgumentTypes.VARCHAR -> text = readString();
                default -> {
                    guard.audit().denied(session.user, GuardAudit.CALL_REFUSED, "",
                            AuditDetail.of("code", RefusalCode.INVALID_ARGUMENTS.wire()).with("type", type));
                    throw new IOException("parameter type " + type + " is not allowed");
                }
            }
            values.add(new Value(type, text));
        }
        return values;
    }

    private void readGeneratedKeysRequest() throws IOException {
        int mode = in.readInt();
        if (mode == 2) {
            int count = boundedCount();
            for (int i = 0; i < count; i++) {
                in.readInt();
            }
        } else if (mode == 3) {
            int count = boundedCount();
            for (int i = 0; i < count; i++) {
                readString();
            }
        } else if (mode != 0 && mode != 1) {
            throw new IOException("generated keys mode " + mode);
        }
    }

    private int boundedCount() throws IOException {
        int count = in.readInt();
        if (count < 0 || count > WireLimits.MAX_ITEMS) {
            throw new IOException("count out of bounds");
        }
        return count;
    }

    private String readString() throws IOException {
        return ErrorScrubber.readString(in);
    }

    private byte[] readBytes() throws IOException {
        int len = in.readInt();
        if (len == -1) {
            return null;
        }
        if (len < 0 || len > WireLimits.MAX_BYTES) {
            throw new IOException("byte array too long");
        }
        byte[] b = new byte[len];
        in.readFully(b);
        return b;
    }

    private static String firstWord(String sql) {
        int end = 0;
        while (end < sql.length() && end < 16 && Character.isLetter(sql.charAt(end))) {
            end++;
        }
        return end == 0 ? "-" : sql.substring(0, end).toUpperCase(Locale.ROOT);
    }

    /** A prepared statement the guard let through: its procedure and the declared types of its markers. */
    private record Call(String alias, List<String> markerTypes) {
        static final Call DRIVER_STATEMENT = new Call("", List.of());
        static final Call CLIENT_SETTINGS = new Call("", List.of());
    }

    /** A parameter value as far as the guard needs it: its wire type, and the text of a VARCHAR. */
    private record Value(int type, String text) {
    }

    private static final class Session {
        final String user;
        final boolean exempt;
        final Map<Integer, Call> prepared = new HashMap<>();
        final CallRate rate = new CallRate();
        boolean established;

        Session(String user, boolean exempt) {
            this.user = user;
            this.exempt = exempt;
        }
    }

    /**
     * The socket's bytes, recorded from the start of each message; until the session request is
     * complete each read waits at most until the handshake deadline.
     */
    private final class Capture extends FilterInputStream {

        private final ByteArrayOutputStream recorded = new ByteArrayOutputStream();
        private int unread = -1;

        Capture(InputStream raw) {
            super(raw);
        }

        void start() {
            recorded.reset();
        }

        byte[] captured() {
            return recorded.toByteArray();
        }

        void unread(int b) {
            unread = b;
            recorded.reset();
        }

        int readRaw(byte[] b) throws IOException {
            if (unread >= 0) {
                b[0] = (byte) unread;
                unread = -1;
                return 1;
            }
            return in.read(b, 0, b.length);
        }

        @Override
        public int read() throws IOException {
            int b;
            if (unread >= 0) {
                b = unread;
                unread = -1;
            } else {
                awaitDeadline();
                b = in.read();
            }
            if (b >= 0) {
                recorded.write(b);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            if (unread >= 0) {
                b[off] = (byte) unread;
                unread = -1;
                recorded.write(b, off, 1);
                return 1;
            }
            awaitDeadline();
            int n = in.read(b, off, len);
            if (n > 0) {
                recorded.write(b, off, n);
            }
            return n;
        }

        private void awaitDeadline() throws IOException {
            if (session != null) {
                return;
            }
            long left = handshakeDeadline - System.nanoTime();
            if (left <= 0) {
                throw new SocketTimeoutException("handshake deadline passed");
            }
            socket.setSoTimeout((int) Math.max(1, left / 1_000_000));
        }
    }
}
