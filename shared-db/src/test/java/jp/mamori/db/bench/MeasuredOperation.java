package jp.mamori.db.bench;

import java.sql.Connection;
import jp.mamori.db.client.MamoriSession;

/**
 * A server call measured through the real client path next to the same query as raw SQL on the
 * same server over a TLS connection of the server's own account. The difference is what the
 * security layer costs: realm session lookup, authorisation, input rules and the audit row.
 */
interface MeasuredOperation {

    /** Short name for the table, e.g. {@code search by kana prefix}. */
    String name();

    /** The call through {@code session}; {@code i} varies the arguments from call to call. */
    void secured(MamoriSession session, int i) throws Exception;

    /** The same query (or write) as plain SQL on the administrative connection. */
    void raw(Connection admin, int i) throws Exception;

    /** What the calls returned, for the table (e.g. mean rows per search); empty by default. */
    default String note() {
        return "";
    }

    /** A group of operations that share set-up, e.g. the registry procedures. */
    interface Suite {
        /**
         * The operations of this suite for a server holding {@code persons} synthetic persons;
         * {@code admin} may be used to look up ids once, before anything is timed.
         */
        java.util.List<MeasuredOperation> operations(BenchContext context) throws Exception;
    }

    /**
     * What suites may use to set themselves up.
     *
     * @param persons    synthetic persons in the registry (indexes 0 to persons - 1)
     * @param admin      administrative TLS connection (not timed while set up)
     * @param session    the clerk's session that secured calls use
     */
    record BenchContext(int persons, Connection admin, MamoriSession session) {
    }
}
