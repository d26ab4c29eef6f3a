package jp.mamori.db.proc;

import java.util.Locale;
import jp.mamori.db.contract.ArgumentError;
import java.util.regex.Pattern;
import jp.mamori.db.catalogue.TextRules;
import jp.mamori.db.domain.StaffRole;

/**
 * Checks the arguments of the administrator's procedures. A refused value is
 * {@code invalid.input} with the message key of the field, like the registry's input (ADR 0009).
 */
final class AdminInput {

    static final String LOGIN_ID_INVALID = ArgumentError.LOGIN_ID_INVALID.key();
    static final String DISPLAY_NAME_INVALID = ArgumentError.DISPLAY_NAME_INVALID.key();
    static final String ROLE_INVALID = ArgumentError.ROLE_INVALID.key();
    static final String SECTION_INVALID = ArgumentError.SECTION_CODE_INVALID.key();
    static final String SECTION_NOT_ALLOWED = ArgumentError.SECTION_CODE_NOT_ALLOWED.key();
    static final String SECTION_CODE_FORMAT = ArgumentError.SECTION_CODE_FORMAT.key();
    static final String SECTION_NAME_INVALID = ArgumentError.SECTION_NAME_INVALID.key();
    static final String SECTION_ROLE_REQUIRED = ArgumentError.SECTION_ROLE_REQUIRED.key();
    static final String DUTY_NAME_INVALID = ArgumentError.DUTY_NAME_INVALID.key();
    static final String TERMINAL_ID_INVALID = ArgumentError.TERMINAL_ID_INVALID.key();
    static final String LABEL_INVALID = ArgumentError.TERMINAL_LABEL_INVALID.key();
    static final String DUTY_ID_INVALID = ArgumentError.DUTY_ID_INVALID.key();
    static final String SETTING_UNKNOWN = ArgumentError.SETTING_UNKNOWN.key();
    static final String SETTING_RANGE = ArgumentError.SETTING_RANGE.key();

    private static final Pattern LOGIN_ID = Pattern.compile("[a-z][a-z0-9._-]{1,31}");
    private static final Pattern TERMINAL_ID = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,31}");
    private static final Pattern SECTION_CODE = Pattern.compile("[0-9A-Z]{2,16}");

    private AdminInput() {
    }

    static String loginId(String value) throws Refusal {
        if (value == null || !LOGIN_ID.matcher(value).matches()) {
            throw invalid(LOGIN_ID_INVALID);
        }
        return value;
    }

    static String displayName(String value) throws Refusal {
        if (!TextRules.fits(value, 64)) {
            throw invalid(DISPLAY_NAME_INVALID);
        }
        return value.strip();
    }

    static StaffRole role(String value) throws Refusal {
        try {
            return StaffRole.valueOf(value == null ? "" : value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw invalid(ROLE_INVALID);
        }
    }

    static String terminalId(String value) throws Refusal {
        if (value == null || !TERMINAL_ID.matcher(value).matches()) {
            throw invalid(TERMINAL_ID_INVALID);
        }
        return value;
    }

    static String terminalLabel(String value) throws Refusal {
        if (!TextRules.fits(value, 64)) {
            throw invalid(LABEL_INVALID);
        }
        return value.strip();
    }

    static String sectionCode(String value) throws Refusal {
        if (value == null || !SECTION_CODE.matcher(value).matches()) {
            throw invalid(SECTION_CODE_FORMAT);
        }
        return value;
    }

    static String sectionName(String value) throws Refusal {
        if (!TextRules.fits(value, 64)) {
            throw invalid(SECTION_NAME_INVALID);
        }
        return value.strip();
    }

    static String dutyName(String value) throws Refusal {
        if (!TextRules.fits(value, 128)) {
            throw invalid(DUTY_NAME_INVALID);
        }
        return value.strip();
    }

    static Refusal invalid(String messageKey, Object... args) {
        Object[] all = new Object[args.length + 1];
        all[0] = messageKey;
        System.arraycopy(args, 0, all, 1, args.length);
        return new Refusal(RegistryInput.INVALID_INPUT, all);
    }
}
