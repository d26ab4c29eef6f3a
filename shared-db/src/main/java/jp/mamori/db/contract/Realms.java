package jp.mamori.db.contract;

/** The two H2 authentication realms of mamori (ADR 0002). */
public final class Realms {

    /** Staff logins: certificate + password + terminal, checked by {@code StaffCredentialsValidator}. */
    public static final String STAFF = "MAMORI";
    /** The server's own administrative account: in-process or loopback with the server secret. */
    public static final String SERVER_ADMIN = "SERVERADMIN";
    /** User name of the server's administrative account (H2 user {@code SERVER@SERVERADMIN}). */
    public static final String SERVER_ADMIN_USER = "SERVER";
    /**
     * User name of the server host's maintenance account (H2 user {@code OPERATOR@SERVERADMIN}):
     * loopback only, no rights, only the API.SERVER_* procedures (ADR 0005).
     */
    public static final String OPERATOR_USER = "OPERATOR";

    private Realms() {
    }
}
