package jp.mamori.db.client;

/**
 * An authenticated session with the server. Every call goes through server-side procedures that
 * authorise it and write its audit row; nothing here reads a table.
 */
public interface MamoriSession extends AutoCloseable {

    /** Who is logged in, as the server established it. */
    SessionInfo info();

    /**
     * Records a screen action that has no other server call (opening a screen, a navigation,
     * a button that only changes the view) as one server-stamped audit row.
     *
     * @param screen screen id, e.g. {@code login}, {@code person.search}
     * @param action action id, e.g. {@code open}, {@code logout}
     * @param target target id or empty
     */
    void recordAction(String screen, String action, String target) throws ServerRefusal;

    /** The typed procedure calls available to this session. */
    <T> T procedures(Class<T> api);

    /**
     * Checks the password again (the idle lock): a fresh login token is verified by the server,
     * failures count towards the lock-out like any login.
     */
    void reauthenticate(char[] password) throws LoginException;

    /** Logs out (audited) and closes the connections. */
    @Override
    void close();
}
