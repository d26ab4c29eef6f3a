package jp.mamori.db.contract;

import static jp.mamori.db.contract.Param.bigint;
import static jp.mamori.db.contract.Param.bool;
import static jp.mamori.db.contract.Param.integer;
import static jp.mamori.db.contract.Param.text;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import jp.mamori.db.domain.StaffRole;

/**
 * Every procedure of schema {@code API}: its alias name, its parameters in call order (the first
 * is always the calling screen's id), what it returns, the audit ACTION it writes and the roles
 * that may call it. This is the one place a procedure's argument list is written for the client:
 * the client builds the CALL text from it and binds arguments by its order and types; a server
 * test checks every {@code CREATE ALIAS API.*} of the migrated database against it (ADR 0014).
 */
public enum Procedure {

    SESSION_INFO("SESSION_INFO", allRoles(), ResultShape.ROWS, null, text("screen")),
    RECORD_ACTION("SCREEN_ACTION", allRoles(), ResultShape.NONE, null,
            text("screen"), text("action"), text("target")),
    LOGOUT("LOGOUT", allRoles(), ResultShape.NONE, null, text("screen")),

    ADMIN_LIST_STAFF("STAFF_LIST", admin(), ResultShape.ROWS, null, text("screen")),
    ADMIN_UNLOCK_STAFF("STAFF_UNLOCK", admin(), ResultShape.NONE, null, text("screen"), text("userName")),
    ADMIN_REVOKE_CERTIFICATE("CERT_REVOKE", admin(), ResultShape.NONE, null,
            text("screen"), text("serial"), text("reason")),

    CHANGE_PASSWORD("PASSWORD_CHANGE", allRoles(), ResultShape.NONE, null,
            text("screen"), text("currentPassword"), text("newPassword")),
    CLIENT_SETTINGS("SETTING_READ", allRoles(), ResultShape.ROWS, null, text("screen")),

    ADMIN_STAFF_LIST("STAFF_LIST", admin(), ResultShape.ROWS, null, text("screen")),
    ADMIN_STAFF_CREATE("STAFF_CREATE", admin(), ResultShape.SCALAR, ParamType.TEXT,
            text("screen"), text("userName"), text("displayName"), text("role"), text("sectionCode")),
    ADMIN_STAFF_CHANGE("STAFF_CHANGE", admin(), ResultShape.SCALAR, ParamType.INTEGER,
            text("screen"), text("userName"), text("role"), text("sectionCode")),
    ADMIN_STAFF_SET_ACTIVE("STAFF_SET_ACTIVE", admin(), ResultShape.NONE, null,
            text("screen"), text("userName"), bool("active")),
    ADMIN_STAFF_RESET_PASSWORD("STAFF_RESET_PASSWORD", admin(), ResultShape.SCALAR, ParamType.TEXT,
            text("screen"), text("userName")),
    ADMIN_CERT_ISSUE("CERT_ISSUE", admin(), ResultShape.SCALAR, ParamType.TEXT,
            text("screen"), text("userName"), text("request")),
    ADMIN_CERT_LIST("CERT_LIST", admin(), ResultShape.ROWS, null, text("screen"), text("userName")),
    ADMIN_CERT_EXPIRING("CERT_EXPIRING", admin(), ResultShape.ROWS, null, text("screen")),
    ADMIN_CERT_EXPIRING_COUNT("CERT_EXPIRING", admin(), ResultShape.SCALAR, ParamType.INTEGER, text("screen")),
    ADMIN_TERMINAL_LIST("TERMINAL_LIST", admin(), ResultShape.ROWS, null, text("screen")),
    ADMIN_TERMINAL_REGISTER("TERMINAL_REGISTER", admin(), ResultShape.ROWS, null,
            text("screen"), text("terminalId"), text("label")),
    ADMIN_TERMINAL_LABEL("TERMINAL_LABEL", admin(), ResultShape.NONE, null,
            text("screen"), text("terminalId"), text("label")),
    ADMIN_TERMINAL_SET_ACTIVE("TERMINAL_SET_ACTIVE", admin(), ResultShape.NONE, null,
            text("screen"), text("terminalId"), bool("active")),
    ADMIN_SECTION_LIST("CATALOGUE_SECTIONS", admin(), ResultShape.ROWS, null, text("screen")),
    ADMIN_DUTY_LIST("CATALOGUE_DUTIES", admin(), ResultShape.ROWS, null, text("screen")),
    ADMIN_CATALOGUE_IMPORT("CATALOGUE_IMPORT", admin(), ResultShape.ROWS, null,
            text("screen"), text("sectionsCsv"), text("dutiesCsv")),
    ADMIN_SECTION_ADD("SECTION_ADD", admin(), ResultShape.NONE, null,
            text("screen"), text("code"), text("name"), bool("holdsData"), bool("doesLinkage")),
    ADMIN_SECTION_RENAME("SECTION_RENAME", admin(), ResultShape.NONE, null, text("screen"), text("code"), text("name")),
    ADMIN_SECTION_RETIRE("SECTION_RETIRE", admin(), ResultShape.NONE, null, text("screen"), text("code")),
    ADMIN_DUTY_ADD("DUTY_ADD", admin(), ResultShape.SCALAR, ParamType.INTEGER,
            text("screen"), text("sectionCode"), text("businessName"), text("systemName")),
    ADMIN_DUTY_RENAME("DUTY_RENAME", admin(), ResultShape.NONE, null,
            text("screen"), integer("dutyId"), text("businessName"), text("systemName")),
    ADMIN_DUTY_RETIRE("DUTY_RETIRE", admin(), ResultShape.ROWS, null,
            text("screen"), integer("dutyId"), integer("transferTo")),
    ADMIN_SETTING_LIST("SETTING_LIST", admin(), ResultShape.ROWS, null, text("screen")),
    ADMIN_SETTING_SET("SETTING_SET", admin(), ResultShape.NONE, null, text("screen"), text("name"), text("value")),

    REGISTRY_LOOKUP_NUMBER("PERSON_LOOKUP", work(), ResultShape.ROWS, null, text("screen"), text("number")),
    REGISTRY_REGISTER("PERSON_REGISTER", work(), ResultShape.SCALAR, ParamType.BIGINT,
            text("screen"), text("number"), text("nameKanji"), text("nameKana"), text("sex"), text("birthDate"),
            text("autoResponseBlocked"), text("nonDisclosure"), text("basis"), text("confirmExisting")),
    REGISTRY_SEARCH("PERSON_SEARCH", work(), ResultShape.ROWS, null,
            text("screen"), text("number"), text("nameText"), text("nameMatch"), text("birthDate"), text("sex"),
            text("sectionCode"), text("status"), text("limit")),
    REGISTRY_PERSON("PERSON_VIEW", work(), ResultShape.ROWS, null, text("screen"), text("personId")),
    REGISTRY_CORRECT_PERSON("PERSON_CORRECT", work(), ResultShape.SCALAR, ParamType.INTEGER,
            text("screen"), text("personId"), text("expectedVersion"), text("nameKanji"), text("nameKana"),
            text("sex"), text("birthDate")),
    REGISTRY_SECTIONS("SECTION_LIST", work(), ResultShape.ROWS, null, text("screen")),
    REGISTRY_PERSON_HISTORY("PERSON_HISTORY", work(), ResultShape.ROWS, null, text("screen"), text("personId")),

    RELEASE_PRECHECK("RELEASE_PRECHECK", work(), ResultShape.ROWS, null, text("screen"), bigint("registrationId")),
    RELEASE_REQUEST("RELEASE_REQUEST", work(), ResultShape.SCALAR, ParamType.BIGINT,
            text("screen"), bigint("registrationId"), text("kind"), text("basis")),
    RELEASE_DECIDE("RELEASE_DECIDE", EnumSet.of(StaffRole.CHIEF), ResultShape.SCALAR, ParamType.INTEGER,
            text("screen"), bigint("requestId"), bool("approve"), text("rejectReason"), integer("version")),
    RELEASE_WITHDRAW("RELEASE_WITHDRAW", work(), ResultShape.NONE, null, text("screen"), bigint("requestId")),
    RELEASE_PENDING("RELEASE_PENDING", work(), ResultShape.ROWS, null, text("screen")),

    WORK_COUNTS("WORK_COUNTS", work(), ResultShape.ROWS, null, text("screen")),
    FLAG_WORKLIST("FLAG_WORKLIST", work(), ResultShape.ROWS, null,
            text("screen"), text("kind"), bool("includeDone")),
    FLAG_CONFIRM("FLAG_CONFIRM", work(), ResultShape.NONE, null,
            text("screen"), bigint("personId"), integer("dutyId"), text("kind")),
    FLAG_SUMMARY("FLAG_SUMMARY", work(), ResultShape.ROWS, null, text("screen")),

    REVIEW_DUE("REVIEW_DUE", work(), ResultShape.ROWS, null, text("screen")),
    REVIEW_CONFIRM("REVIEW_CONFIRM", work(), ResultShape.SCALAR, ParamType.INTEGER,
            text("screen"), bigint("registrationId"));

    /** The schema of every procedure. */
    public static final String SCHEMA = "API";

    private final String action;
    private final Set<StaffRole> roles;
    private final ResultShape shape;
    private final ParamType scalarType;
    private final List<Param> params;

    Procedure(String action, Set<StaffRole> roles, ResultShape shape, ParamType scalarType, Param... params) {
        this.action = action;
        this.roles = Set.copyOf(roles);
        this.shape = shape;
        this.scalarType = scalarType;
        this.params = List.of(params);
        if ((shape == ResultShape.SCALAR) != (scalarType != null)) {
            throw new IllegalStateException(name() + ": a scalar type exactly when the shape is SCALAR");
        }
        if (params.length == 0 || !params[0].equals(text("screen"))) {
            throw new IllegalStateException(name() + ": the first parameter is the screen id");
        }
    }

    /** The alias name in schema {@code API}, e.g. {@code REGISTRY_SEARCH}. */
    public String aliasName() {
        return name();
    }

    /** The parameters in call order; the first is {@code screen}. */
    public List<Param> params() {
        return params;
    }

    public ResultShape shape() {
        return shape;
    }

    /** The type of the value of a {@link ResultShape#SCALAR} procedure. */
    public Optional<ParamType> scalarType() {
        return Optional.ofNullable(scalarType);
    }

    /** The audit ACTION the procedure writes, allowed or refused. */
    public String action() {
        return action;
    }

    /** The roles that may call it. */
    public Set<StaffRole> roles() {
        return roles;
    }

    /** The call text, e.g. {@code CALL API.RELEASE_WITHDRAW(?, ?)}: generated, never written by hand. */
    public String callText() {
        return "CALL " + SCHEMA + "." + aliasName() + "("
                + params.stream().map(p -> "?").collect(Collectors.joining(", ")) + ")";
    }

    private static Set<StaffRole> allRoles() {
        return EnumSet.allOf(StaffRole.class);
    }

    private static Set<StaffRole> admin() {
        return EnumSet.of(StaffRole.ADMIN);
    }

    private static Set<StaffRole> work() {
        return EnumSet.of(StaffRole.CLERK, StaffRole.CHIEF);
    }
}
