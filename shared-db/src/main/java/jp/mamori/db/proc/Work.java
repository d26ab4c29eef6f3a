package jp.mamori.db.proc;

import org.jdbi.v3.core.Handle;
import jp.mamori.db.auth.LoginContext;

/** The body of a procedure, run inside the transaction that also writes its audit row. */
@FunctionalInterface
public interface Work<T> {
    T apply(Handle admin, LoginContext caller, AuditNote note) throws Refusal, java.sql.SQLException;
}
