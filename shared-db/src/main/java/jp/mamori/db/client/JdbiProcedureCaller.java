package jp.mamori.db.client;

import java.sql.Connection;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jdbi.v3.core.ConnectionFactory;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import org.jdbi.v3.core.statement.SqlStatement;
import jp.mamori.db.contract.Param;
import jp.mamori.db.contract.Procedure;
import jp.mamori.db.contract.ResultShape;

/** {@link ProcedureCaller} over the session's one connection. */
final class JdbiProcedureCaller implements ProcedureCaller {

    /**
     * Rows fetched per round trip: a whole list in one, since every further round trip to the
     * server costs tens of milliseconds.
     */
    static final int RESULT_FETCH_SIZE = 10_001;

    private final Jdbi jdbi;

    JdbiProcedureCaller(Supplier<Connection> connection) {
        this.jdbi = Jdbi.create(new ConnectionFactory() {
            @Override
            public Connection openConnection() {
                return connection.get();
            }

            @Override
            public void closeConnection(Connection toClose) {
                // the session owns its connection
            }
        });
    }

    @Override
    public void run(Procedure procedure, Object... args) {
        expect(procedure, ResultShape.NONE);
        call(procedure, args, h -> {
            bind(h.createCall(procedure.callText()), procedure, args).invoke();
            return null;
        });
    }

    @Override
    public <T> T scalar(Procedure procedure, Class<T> type, Object... args) {
        expect(procedure, ResultShape.SCALAR);
        Class<?> declared = procedure.scalarType().orElseThrow().javaType();
        if (!type.equals(declared)) {
            throw new IllegalArgumentException(procedure + " returns " + declared.getSimpleName() + ", not "
                    + type.getSimpleName());
        }
        return call(procedure, args, h -> bind(h.createQuery(procedure.callText()), procedure, args)
                .mapTo(type).one());
    }

    @Override
    public <R> List<R> rows(Procedure procedure, Class<R> rowType, Object... args) {
        expect(procedure, ResultShape.ROWS);
        return call(procedure, args, h -> bind(h.createQuery(procedure.callText()), procedure, args)
                .setFetchSize(RESULT_FETCH_SIZE)
                .registerRowMapper(ConstructorMapper.factory(rowType))
                .mapTo(rowType).list());
    }

    private <T> T call(Procedure procedure, Object[] args, Function<Handle, T> work) {
        check(procedure, args);
        try {
            return jdbi.withHandle(work::apply);
        } catch (JdbiException e) {
            throw ConnectionFailures.refusal(e);
        }
    }

    private static <S extends SqlStatement<S>> S bind(S statement, Procedure procedure, Object[] args) {
        List<Param> params = procedure.params();
        for (int i = 0; i < args.length; i++) {
            statement.bindByType(i, args[i], params.get(i).type().javaType());
        }
        return statement;
    }

    /** The arguments must match the descriptor: a mismatch is a programming error, never sent. */
    static void check(Procedure procedure, Object[] args) {
        List<Param> params = procedure.params();
        if (args.length != params.size()) {
            throw new IllegalArgumentException(procedure + " takes " + params.size() + " arguments, not " + args.length);
        }
        for (int i = 0; i < args.length; i++) {
            Param param = params.get(i);
            if (args[i] != null && !param.type().javaType().isInstance(args[i])) {
                throw new IllegalArgumentException(procedure + " argument " + param.name() + " must be "
                        + param.type().javaType().getSimpleName() + ", not " + args[i].getClass().getSimpleName());
            }
        }
    }

    private static void expect(Procedure procedure, ResultShape shape) {
        if (procedure.shape() != shape) {
            throw new IllegalArgumentException(procedure + " returns " + procedure.shape() + ", not " + shape);
        }
    }
}
