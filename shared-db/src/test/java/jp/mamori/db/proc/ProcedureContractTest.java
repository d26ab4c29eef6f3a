package jp.mamori.db.proc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import jp.mamori.db.contract.Param;
import jp.mamori.db.contract.Procedure;
import jp.mamori.db.contract.ResultShape;
import jp.mamori.db.testing.TestServer;
import org.junit.jupiter.api.Test;

/**
 * The procedure descriptors are the contract the client calls through (ADR 0014): every
 * {@code CREATE ALIAS API.*} of the migrated database has a descriptor with the same name, the same
 * parameters in the same order and types, and the same kind of result; every descriptor has an
 * alias; and the server's {@link Operation}s write the descriptor's ACTION and allow its roles.
 */
class ProcedureContractTest {

    /** Each descriptor's server operation (the constant its procedure runs under). */
    private static final Map<Procedure, Operation> OPERATIONS = new EnumMap<>(Map.ofEntries(
            Map.entry(Procedure.SESSION_INFO, SessionProcedures.SESSION_INFO),
            Map.entry(Procedure.RECORD_ACTION, SessionProcedures.SCREEN_ACTION),
            Map.entry(Procedure.LOGOUT, SessionProcedures.LOGOUT),
            Map.entry(Procedure.ADMIN_LIST_STAFF, AdminProcedures.LIST_STAFF),
            Map.entry(Procedure.ADMIN_UNLOCK_STAFF, AdminProcedures.UNLOCK_STAFF),
            Map.entry(Procedure.ADMIN_REVOKE_CERTIFICATE, AdminProcedures.REVOKE_CERTIFICATE),
            Map.entry(Procedure.CHANGE_PASSWORD, PasswordProcedures.CHANGE),
            Map.entry(Procedure.CLIENT_SETTINGS, SettingProcedures.CLIENT),
            Map.entry(Procedure.ADMIN_STAFF_LIST, StaffAdminProcedures.LIST),
            Map.entry(Procedure.ADMIN_STAFF_CREATE, StaffAdminProcedures.CREATE),
            Map.entry(Procedure.ADMIN_STAFF_CHANGE, StaffAdminProcedures.CHANGE),
            Map.entry(Procedure.ADMIN_STAFF_SET_ACTIVE, StaffAdminProcedures.SET_ACTIVE),
            Map.entry(Procedure.ADMIN_STAFF_RESET_PASSWORD, StaffAdminProcedures.RESET_PASSWORD),
            Map.entry(Procedure.ADMIN_CERT_ISSUE, CertificateAdminProcedures.ISSUE),
            Map.entry(Procedure.ADMIN_CERT_LIST, CertificateAdminProcedures.LIST),
            Map.entry(Procedure.ADMIN_CERT_EXPIRING, CertificateAdminProcedures.EXPIRING),
            Map.entry(Procedure.ADMIN_CERT_EXPIRING_COUNT, CertificateAdminProcedures.EXPIRING),
            Map.entry(Procedure.ADMIN_TERMINAL_LIST, TerminalAdminProcedures.LIST),
            Map.entry(Procedure.ADMIN_TERMINAL_REGISTER, TerminalAdminProcedures.REGISTER),
            Map.entry(Procedure.ADMIN_TERMINAL_LABEL, TerminalAdminProcedures.LABEL),
            Map.entry(Procedure.ADMIN_TERMINAL_SET_ACTIVE, TerminalAdminProcedures.SET_ACTIVE),
            Map.entry(Procedure.ADMIN_SECTION_LIST, CatalogueAdminProcedures.SECTIONS),
            Map.entry(Procedure.ADMIN_DUTY_LIST, CatalogueAdminProcedures.DUTIES),
            Map.entry(Procedure.ADMIN_CATALOGUE_IMPORT, CatalogueAdminProcedures.IMPORT),
            Map.entry(Procedure.ADMIN_SECTION_ADD, CatalogueAdminProcedures.SECTION_ADD),
            Map.entry(Procedure.ADMIN_SECTION_RENAME, CatalogueAdminProcedures.SECTION_RENAME),
            Map.entry(Procedure.ADMIN_SECTION_RETIRE, CatalogueAdminProcedures.SECTION_RETIRE),
            Map.entry(Procedure.ADMIN_DUTY_ADD, CatalogueAdminProcedures.DUTY_ADD),
            Map.entry(Procedure.ADMIN_DUTY_RENAME, CatalogueAdminProcedures.DUTY_RENAME),
            Map.entry(Procedure.ADMIN_DUTY_RETIRE, CatalogueAdminProcedures.DUTY_RETIRE),
            Map.entry(Procedure.ADMIN_SETTING_LIST, SettingProcedures.LIST),
            Map.entry(Procedure.ADMIN_SETTING_SET, SettingProcedures.SET),
            Map.entry(Procedure.REGISTRY_LOOKUP_NUMBER, RegistryProcedures.LOOKUP),
            Map.entry(Procedure.REGISTRY_REGISTER, RegistryProcedures.REGISTER),
            Map.entry(Procedure.REGISTRY_SEARCH, RegistryProcedures.SEARCH),
            Map.entry(Procedure.REGISTRY_PERSON, RegistryProcedures.VIEW),
            Map.entry(Procedure.REGISTRY_CORRECT_PERSON, RegistryProcedures.CORRECT),
            Map.entry(Procedure.REGISTRY_SECTIONS, RegistryProcedures.SECTIONS),
            Map.entry(Procedure.REGISTRY_PERSON_HISTORY, RegistryProcedures.HISTORY),
            Map.entry(Procedure.RELEASE_PRECHECK, ReleaseProcedures.PRECHECK),
            Map.entry(Procedure.RELEASE_REQUEST, ReleaseProcedures.REQUEST),
            Map.entry(Procedure.RELEASE_DECIDE, ReleaseProcedures.DECIDE),
            Map.entry(Procedure.RELEASE_WITHDRAW, ReleaseProcedures.WITHDRAW),
            Map.entry(Procedure.RELEASE_PENDING, ReleaseProcedures.PENDING),
            Map.entry(Procedure.WORK_COUNTS, WorkCountProcedures.COUNTS),
            Map.entry(Procedure.FLAG_WORKLIST, FlagWorkProcedures.WORKLIST),
            Map.entry(Procedure.FLAG_CONFIRM, FlagWorkProcedures.CONFIRM),
            Map.entry(Procedure.FLAG_SUMMARY, FlagWorkProcedures.SUMMARY),
            Map.entry(Procedure.REVIEW_DUE, ReviewProcedures.DUE),
            Map.entry(Procedure.REVIEW_CONFIRM, ReviewProcedures.CONFIRM)));

    @Test
    void everyAliasMatchesItsDescriptorAndEveryDescriptorHasAnAlias() throws Exception {
        Map<String, String> declared = new TreeMap<>();
        try (Connection c = TestServer.admin(); Statement st = c.createStatement()) {
            Map<String, String> returns = new TreeMap<>();
            Map<String, String> routineOf = new TreeMap<>();
            try (ResultSet rs = st.executeQuery("SELECT ROUTINE_NAME, SPECIFIC_NAME, ROUTINE_TYPE, DATA_TYPE"
                    + " FROM INFORMATION_SCHEMA.ROUTINES WHERE ROUTINE_SCHEMA = 'API'")) {
                while (rs.next()) {
                    routineOf.put(rs.getString(2), rs.getString(1));
                    returns.put(rs.getString(2), shape(rs.getString(3), rs.getString(4)));
                }
            }
            Map<String, List<String>> params = new TreeMap<>();
            routineOf.keySet().forEach(specific -> params.put(specific, new ArrayList<>()));
            try (ResultSet rs = st.executeQuery("SELECT SPECIFIC_NAME, DATA_TYPE FROM INFORMATION_SCHEMA.PARAMETERS"
                    + " WHERE SPECIFIC_SCHEMA = 'API' ORDER BY SPECIFIC_NAME, ORDINAL_POSITION")) {
                while (rs.next()) {
                    params.get(rs.getString(1)).add(rs.getString(2));
                }
            }
            for (String specific : routineOf.keySet()) {
                declared.merge(routineOf.get(specific), signature(params.get(specific), returns.get(specific)),
                        (a, b) -> a + " | overloaded: " + b);
            }
        }
        Map<String, String> described = Arrays.stream(Procedure.values()).collect(Collectors.toMap(
                Procedure::aliasName, ProcedureContractTest::signature, (a, b) -> a, TreeMap::new));
        assertEquals(described, declared, "descriptors (expected) against the aliases of the migrated database");
    }

    @Test
    void everyServerOperationWritesTheDescriptorsActionForItsRoles() {
        assertEquals(new TreeSet<>(Arrays.asList(Procedure.values())), new TreeSet<>(OPERATIONS.keySet()));
        for (Procedure procedure : Procedure.values()) {
            Operation operation = OPERATIONS.get(procedure);
            assertEquals(procedure.action(), operation.action(), procedure + " ACTION");
            assertEquals(procedure.roles(), operation.roles(), procedure + " roles");
        }
    }

    private static String signature(Procedure p) {
        String result = switch (p.shape()) {
            case NONE -> "NONE";
            case SCALAR -> p.scalarType().orElseThrow().sqlType();
            case ROWS -> "ROWS";
        };
        return p.params().stream().map(Param::type).map(t -> t.sqlType()).collect(Collectors.joining(", ", "(", ")"))
                + " -> " + result;
    }

    private static String signature(List<String> params, String dataType) {
        return "(" + String.join(", ", params) + ") -> " + dataType;
    }

    /**
     * What the alias's routine type and return type say about its result: H2 lists a {@code void}
     * method as a PROCEDURE, a {@code ResultSet} method as a FUNCTION without a data type, and a
     * scalar method as a FUNCTION of its type.
     */
    private static String shape(String routineType, String dataType) {
        if ("PROCEDURE".equals(routineType)) {
            return ResultShape.NONE.name();
        }
        return dataType == null ? ResultShape.ROWS.name() : dataType;
    }
}
