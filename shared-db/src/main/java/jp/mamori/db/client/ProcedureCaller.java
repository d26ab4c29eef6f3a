package jp.mamori.db.client;

import java.util.List;
import jp.mamori.db.contract.Procedure;

/**
 * The one path of every client call to a server procedure (ADR 0014): the CALL text comes from
 * the {@link Procedure} descriptor, the arguments are checked against its parameters (count, and
 * the Java type of each non-null value) and bound in its order. A refusal, a lost connection or any
 * other failure arrives as {@link ServerRefusal}.
 */
public interface ProcedureCaller {

    /** Calls a procedure that returns nothing. */
    void run(Procedure procedure, Object... args);

    /** Calls a procedure that returns one value, read as {@code type}. */
    <T> T scalar(Procedure procedure, Class<T> type, Object... args);

    /** Calls a procedure that returns rows, each mapped by column name onto the record {@code rowType}. */
    <R> List<R> rows(Procedure procedure, Class<R> rowType, Object... args);
}
