package jp.mamori.db.auth;

/**
 * The reason a login is refused, told only to a caller who proved both the staff key and the
 * password (ADR 0002). Thrown by the realm validator instead of returning {@code false}, and no
 * session is created.
 *
 * <p>Why an {@link Error}, and why a {@link LinkageError}: H2 2.4.240's {@code DefaultAuthenticator}
 * turns every {@link Exception} of a validator into an {@code AuthenticationException}, which
 * {@code Engine.openSession} logs and answers with the generic "wrong user name or password". An
 * {@code Error} passes both, {@code Engine.createSession} catches only {@code DbException}, and
 * {@code TcpServerThread.run} sends any {@code Throwable} to the client through
 * {@code DbException.convert}. That method rethrows a plain {@code Error} (the client would then see
 * only "GeneralError"), but converts a {@code LinkageError} to error 50000 with this object's
 * {@link #toString()} as the message. The client reads the reason from that message; the test
 * {@code ProvenRefusalChannelTest} fails if H2 changes any step of this.
 *
 * <p>It carries no stack trace and no class name: {@link #toString()} is the wire text only.
 */
public final class ProvenRefusal extends LinkageError {

    private static final long serialVersionUID = 1L;

    /** What the client finds in the message: {@code MAMORI-LOGIN[reason]}. */
    public static final String MARKER = "MAMORI-LOGIN[";

    private final transient LoginStatus reason;

    ProvenRefusal(LoginStatus reason) {
        super(wireText(reason));
        this.reason = reason;
    }

    /** The text the client receives for a reason. */
    public static String wireText(LoginStatus reason) {
        return MARKER + reason.name() + "]";
    }

    LoginStatus reason() {
        return reason;
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }

    @Override
    public String toString() {
        return getMessage();
    }
}
