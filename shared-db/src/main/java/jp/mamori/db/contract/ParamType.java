package jp.mamori.db.contract;

/**
 * The SQL type of a procedure parameter as the alias declares it (the Java type of the server
 * method's parameter), and the one Java type a client binds for it. Values of the registry
 * procedures travel as text and are read with the Japanese input rules on the server (ADR 0009);
 * the release and flag-work procedures take typed ids, versions and switches (ADR 0008).
 */
public enum ParamType {
    /** {@code CHARACTER VARYING} ({@link String} on the server). */
    TEXT("CHARACTER VARYING", String.class),
    /** {@code BIGINT} ({@link Long}). */
    BIGINT("BIGINT", Long.class),
    /** {@code INTEGER} ({@link Integer}). */
    INTEGER("INTEGER", Integer.class),
    /** {@code BOOLEAN} ({@link Boolean}). */
    BOOLEAN("BOOLEAN", Boolean.class);

    private final String sqlType;
    private final Class<?> javaType;

    ParamType(String sqlType, Class<?> javaType) {
        this.sqlType = sqlType;
        this.javaType = javaType;
    }

    /** The data type as {@code INFORMATION_SCHEMA.PARAMETERS.DATA_TYPE} names it. */
    public String sqlType() {
        return sqlType;
    }

    /** The Java type of a value for this parameter (null is always allowed: SQL NULL). */
    public Class<?> javaType() {
        return javaType;
    }
}
