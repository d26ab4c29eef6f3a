package jp.mamori.db.contract;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The input keys the server sends as the first argument of {@link RefusalCode#INVALID_INPUT} for
 * values a screen sets itself (codes, ids, switches), next to the {@code jp.mamori.db.text.InputError}
 * keys of the Japanese text rules. The client maps each one to a message with an exhaustive switch.
 */
public enum ArgumentError {

    SEX_INVALID("input.sex.invalid"),
    BASIS_INVALID("input.basis.invalid"),
    FLAGS_REQUIRED("input.flags.required"),
    SECTION_CODE_INVALID("input.sectionCode.invalid"),
    STATUS_INVALID("input.status.invalid"),
    NAME_MATCH_INVALID("input.nameMatch.invalid"),
    LIMIT_INVALID("input.limit.invalid"),
    PERSON_ID_INVALID("input.personId.invalid"),
    VERSION_INVALID("input.version.invalid"),
    CONFIRM_EXISTING_INVALID("input.confirmExisting.invalid"),
    RELEASE_BASIS_REQUIRED("input.releaseBasis.required"),
    RELEASE_BASIS_INVALID("input.releaseBasis.invalid"),
    REJECT_REASON_REQUIRED("input.rejectReason.required"),
    REJECT_REASON_INVALID("input.rejectReason.invalid"),
    RELEASE_KIND_REQUIRED("input.releaseKind.required"),
    RELEASE_KIND_INVALID("input.releaseKind.invalid"),
    FLAG_KIND_REQUIRED("input.flagKind.required"),
    FLAG_KIND_INVALID("input.flagKind.invalid"),
    REGISTRATION_ID_REQUIRED("input.registrationId.required"),
    REQUEST_ID_REQUIRED("input.requestId.required"),
    PERSON_ID_REQUIRED("input.personId.required"),
    DUTY_ID_REQUIRED("input.dutyId.required"),
    VERSION_REQUIRED("input.version.required"),
    APPROVE_REQUIRED("input.approve.required"),
    INCLUDE_DONE_REQUIRED("input.includeDone.required"),
    LOGIN_ID_INVALID("input.loginId.invalid"),
    DISPLAY_NAME_INVALID("input.displayName.invalid"),
    ROLE_INVALID("input.role.invalid"),
    SECTION_CODE_NOT_ALLOWED("input.sectionCode.notAllowed"),
    SECTION_CODE_FORMAT("input.sectionCode.format"),
    SECTION_NAME_INVALID("input.sectionName.invalid"),
    SECTION_ROLE_REQUIRED("input.sectionRole.required"),
    DUTY_NAME_INVALID("input.dutyName.invalid"),
    DUTY_ID_INVALID("input.dutyId.invalid"),
    TERMINAL_ID_INVALID("input.terminalId.invalid"),
    TERMINAL_LABEL_INVALID("input.terminalLabel.invalid"),
    SETTING_UNKNOWN("input.setting.unknown"),
    SETTING_RANGE("input.setting.range"),
    PASSWORD_TOO_SHORT("input.password.tooShort"),
    PASSWORD_TOO_LONG("input.password.tooLong"),
    PASSWORD_COMMON("input.password.common"),
    PASSWORD_REPETITIVE("input.password.repetitive"),
    PASSWORD_CONTEXT("input.password.context"),
    PASSWORD_UNCHANGED("input.password.unchanged"),
    CSR_MALFORMED("input.csr.malformed"),
    CSR_SUBJECT("input.csr.subject"),
    CSR_KEY_TYPE("input.csr.keyType"),
    CSR_SIGNATURE("input.csr.signature");

    private static final Map<String, ArgumentError> BY_KEY = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(ArgumentError::key, Function.identity()));

    private final String key;

    ArgumentError(String key) {
        this.key = key;
    }

    /** The key as it travels, e.g. {@code input.sex.invalid}. */
    public String key() {
        return key;
    }

    /** The error with this key; fails loudly for a key that is not part of the contract. */
    public static ArgumentError ofKey(String key) {
        ArgumentError error = BY_KEY.get(key);
        if (error == null) {
            throw new IllegalArgumentException("input key not in the contract: " + key);
        }
        return error;
    }

    /** The error with this key, or null if the key is not one of these. */
    public static ArgumentError findKey(String key) {
        return BY_KEY.get(key);
    }
}
