package jp.mamori.app.common;

import java.util.List;
import java.util.Optional;
import jp.mamori.db.contract.ArgumentError;
import jp.mamori.db.text.InputError;
import jp.mamori.db.text.ParseResult;

/**
 * The Japanese message for each reason the input rules refuse a value: the {@link InputError}s of
 * the text parsers (the same keys the server sends back with {@code invalid.input}) and the
 * {@link ArgumentError}s only the server sends (sex, basis, flags and other arguments a screen never
 * lets the user type freely). Both switches are exhaustive: a key without a message does not compile.
 */
public final class InputMessages {

    private InputMessages() {
    }

    /** The message of a rejected field as the screen's own parser found it. */
    public static String of(ParseResult.Rejected<?> rejected) {
        return of(rejected.error(), rejected.arguments());
    }

    /** The message of {@code error} with its arguments filled in. */
    public static String of(InputError error, List<String> arguments) {
        return Messages.get(messageKey(error), arguments.toArray());
    }

    /** The bundle key of an input error of the text rules. */
    public static String messageKey(InputError error) {
        return switch (error) {
            case ADDRESSEE_NUMBER_EMPTY -> "input.addresseeNumber.empty";
            case ADDRESSEE_NUMBER_NOT_DIGITS -> "input.addresseeNumber.notDigits";
            case ADDRESSEE_NUMBER_TOO_LONG -> "input.addresseeNumber.tooLong";
            case KANA_NAME_EMPTY -> "input.kanaName.empty";
            case KANA_NAME_INVALID_CHARACTER -> "input.kanaName.invalidCharacter";
            case KANA_NAME_MISPLACED_SOUND_MARK -> "input.kanaName.misplacedSoundMark";
            case KANA_NAME_TOO_LONG -> "input.kanaName.tooLong";
            case KANJI_NAME_EMPTY -> "input.kanjiName.empty";
            case KANJI_NAME_INVALID_CHARACTER -> "input.kanjiName.invalidCharacter";
            case KANJI_NAME_PRIVATE_USE_CHARACTER -> "input.kanjiName.privateUseCharacter";
            case KANJI_NAME_TOO_LONG -> "input.kanjiName.tooLong";
            case BIRTH_DATE_EMPTY -> "input.birthDate.empty";
            case BIRTH_DATE_FORMAT -> "input.birthDate.format";
            case BIRTH_DATE_NO_SUCH_DATE -> "input.birthDate.noSuchDate";
            case BIRTH_DATE_OUTSIDE_ERA -> "input.birthDate.outsideEra";
            case BIRTH_DATE_BEFORE_MEIJI -> "input.birthDate.beforeMeiji";
            case BIRTH_DATE_IN_FUTURE -> "input.birthDate.inFuture";
        };
    }

    /** The bundle key of an argument the server refused (none of these takes arguments). */
    public static String messageKey(ArgumentError error) {
        return switch (error) {
            case SEX_INVALID -> "input.sex.invalid";
            case BASIS_INVALID -> "input.basis.invalid";
            case FLAGS_REQUIRED -> "input.flags.required";
            case SECTION_CODE_INVALID -> "input.sectionCode.invalid";
            case RELEASE_BASIS_REQUIRED, RELEASE_BASIS_INVALID -> "input.releaseBasis.invalid";
            case REJECT_REASON_REQUIRED, REJECT_REASON_INVALID -> "input.rejectReason.invalid";
            // ids, codes and switches the screens set themselves
            case STATUS_INVALID, NAME_MATCH_INVALID, LIMIT_INVALID, PERSON_ID_INVALID, VERSION_INVALID,
                    CONFIRM_EXISTING_INVALID, REGISTRATION_ID_REQUIRED, REQUEST_ID_REQUIRED, PERSON_ID_REQUIRED,
                    DUTY_ID_REQUIRED, VERSION_REQUIRED, APPROVE_REQUIRED, INCLUDE_DONE_REQUIRED,
                    RELEASE_KIND_REQUIRED, RELEASE_KIND_INVALID, FLAG_KIND_REQUIRED, FLAG_KIND_INVALID ->
                    "input.screenValue.invalid";
            // the administrator's procedures and the password change (ADR 0015)
            case LOGIN_ID_INVALID -> "input.loginId.invalid";
            case DISPLAY_NAME_INVALID -> "input.displayName.invalid";
            case ROLE_INVALID -> "input.role.invalid";
            case SECTION_CODE_NOT_ALLOWED -> "input.sectionCode.notAllowed";
            case SECTION_CODE_FORMAT -> "input.sectionCode.format";
            case SECTION_NAME_INVALID -> "input.sectionName.invalid";
            case SECTION_ROLE_REQUIRED -> "input.sectionRole.required";
            case DUTY_NAME_INVALID -> "input.dutyName.invalid";
            case DUTY_ID_INVALID -> "input.dutyId.invalid";
            case TERMINAL_ID_INVALID -> "input.terminalId.invalid";
            case TERMINAL_LABEL_INVALID -> "input.terminalLabel.invalid";
            case SETTING_UNKNOWN -> "input.setting.unknown";
            case SETTING_RANGE -> "input.setting.range";
            case PASSWORD_TOO_SHORT -> "input.password.tooShort";
            case PASSWORD_TOO_LONG -> "input.password.tooLong";
            case PASSWORD_COMMON -> "input.password.common";
            case PASSWORD_REPETITIVE -> "input.password.repetitive";
            case PASSWORD_CONTEXT -> "input.password.context";
            case PASSWORD_UNCHANGED -> "input.password.unchanged";
            case CSR_MALFORMED -> "input.csr.malformed";
            case CSR_SUBJECT -> "input.csr.subject";
            case CSR_KEY_TYPE -> "input.csr.keyType";
            case CSR_SIGNATURE -> "input.csr.signature";
        };
    }

    /**
     * The message for a message key the server sent with {@code invalid.input}, or empty if the
     * key is unknown here. The arguments must be as many as the message takes.
     */
    public static Optional<String> forKey(String key, List<String> arguments) {
        for (InputError error : InputError.values()) {
            if (error.key().equals(key)) {
                return arguments.size() == error.argumentCount()
                        ? Optional.of(of(error, arguments)) : Optional.empty();
            }
        }
        // the range of a setting and the length limits of a password fill the message's placeholders
        return Optional.ofNullable(ArgumentError.findKey(key))
                .map(error -> Messages.get(messageKey(error), arguments.toArray()));
    }
}
