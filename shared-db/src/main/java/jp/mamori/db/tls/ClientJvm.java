package jp.mamori.db.tls;

/**
 * JVM-wide H2 client settings, set before H2's first class loads (as {@link ServerJvm} does for
 * the server). Every further fetch of a result over TLS costs a network round trip of tens of
 * milliseconds here, so a list is fetched whole: procedures cap their results (10,000 rows) and the
 * fetch size matches that cap.
 */
public final class ClientJvm {

    /** Rows per fetch of a remote result: the largest result a procedure returns. */
    public static final int FETCH_SIZE = 10_000;

    private ClientJvm() {
    }

    public static void configure() {
        if (System.getProperty("h2.serverResultSetFetchSize") == null) {
            System.setProperty("h2.serverResultSetFetchSize", Integer.toString(FETCH_SIZE));
        }
    }
}
