package jp.mamori.db.server.guard;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * The procedures a staff session may call: every alias of schema {@code API} with the SQL types of
 * its parameters (the caller's {@code Connection} is not one), read from the database at start.
 */
final class ApiCatalog {

    private static final String ROUTINES = """
            SELECT R.ROUTINE_NAME, R.SPECIFIC_NAME, P.ORDINAL_POSITION, P.DATA_TYPE
            FROM INFORMATION_SCHEMA.ROUTINES R
            LEFT JOIN INFORMATION_SCHEMA.PARAMETERS P
              ON P.SPECIFIC_SCHEMA = R.SPECIFIC_SCHEMA AND P.SPECIFIC_NAME = R.SPECIFIC_NAME
            WHERE R.ROUTINE_SCHEMA = 'API'
            ORDER BY R.SPECIFIC_NAME, P.ORDINAL_POSITION
            """;

    /** alias name → one list of parameter types per overload */
    private final Map<String, List<List<String>>> procedures;

    ApiCatalog(Map<String, List<List<String>>> procedures) {
        this.procedures = Map.copyOf(procedures);
    }

    static ApiCatalog load(Jdbi jdbi) {
        Map<String, String> aliasOf = new HashMap<>();
        Map<String, List<String>> typesOf = new LinkedHashMap<>();
        jdbi.useHandle(h -> h.createQuery(ROUTINES).map((rs, ctx) -> {
            String specific = rs.getString("SPECIFIC_NAME");
            aliasOf.put(specific, rs.getString("ROUTINE_NAME"));
            List<String> types = typesOf.computeIfAbsent(specific, s -> new ArrayList<>());
            String type = rs.getString("DATA_TYPE");
            if (type != null) {
                types.add(type.toUpperCase(Locale.ROOT));
            }
            return specific;
        }).list());
        Map<String, List<List<String>>> procedures = new HashMap<>();
        typesOf.forEach((specific, types) ->
                procedures.computeIfAbsent(aliasOf.get(specific), a -> new ArrayList<>()).add(List.copyOf(types)));
        return new ApiCatalog(procedures);
    }

    boolean knows(String alias) {
        return procedures.containsKey(alias);
    }

    /** The parameter types of the overload of {@code alias} that takes {@code count} arguments. */
    Optional<List<String>> signature(String alias, int count) {
        return procedures.getOrDefault(alias, List.of()).stream().filter(t -> t.size() == count).findFirst();
    }

    int size() {
        return procedures.size();
    }
}
