package jp.mamori.db.proc;

import java.sql.Types;
import org.h2.tools.SimpleResultSet;

/** The column list of a table-valued procedure, declared once for prepare time and for real calls. */
public final class Columns {

    private final java.util.List<Object[]> definitions = new java.util.ArrayList<>();

    public Columns text(String name, int length) {
        definitions.add(new Object[] {name, Types.VARCHAR, length});
        return this;
    }

    public Columns integer(String name) {
        definitions.add(new Object[] {name, Types.INTEGER, 10});
        return this;
    }

    public Columns bigint(String name) {
        definitions.add(new Object[] {name, Types.BIGINT, 19});
        return this;
    }

    public Columns date(String name) {
        definitions.add(new Object[] {name, Types.DATE, 10});
        return this;
    }

    public Columns timestamp(String name) {
        definitions.add(new Object[] {name, Types.TIMESTAMP, 26});
        return this;
    }

    public Columns bool(String name) {
        definitions.add(new Object[] {name, Types.BOOLEAN, 1});
        return this;
    }

    /** A new, empty result set with these columns. */
    public SimpleResultSet newResult() {
        SimpleResultSet rs = new SimpleResultSet();
        for (Object[] d : definitions) {
            rs.addColumn((String) d[0], (Integer) d[1], (Integer) d[2], 0);
        }
        return rs;
    }

}
