package jp.mamori.db.contract;

/** What a procedure returns. */
public enum ResultShape {
    /** Nothing (a {@code void} method). */
    NONE,
    /** One value of the procedure's scalar type ({@link Procedure#scalarType()}). */
    SCALAR,
    /** A result set: rows of named columns, mapped by column name. */
    ROWS
}
