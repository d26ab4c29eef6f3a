package jp.mamori.db.contract;

import java.util.Objects;

/**
 * One parameter of a procedure, in call order.
 *
 * @param name the name (documentation and error messages; the wire binds by position)
 * @param type the SQL type of the alias and the Java type bound for it
 */
public record Param(String name, ParamType type) {

    public Param {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }

    static Param text(String name) {
        return new Param(name, ParamType.TEXT);
    }

    static Param bigint(String name) {
        return new Param(name, ParamType.BIGINT);
    }

    static Param integer(String name) {
        return new Param(name, ParamType.INTEGER);
    }

    static Param bool(String name) {
        return new Param(name, ParamType.BOOLEAN);
    }
}
