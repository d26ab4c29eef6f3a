package jp.mamori.app.common;

import java.util.List;
import java.util.Optional;
import jp.mamori.db.text.InputError;
import jp.mamori.db.text.ParseResult;

/**
 * The Japanese message for each reason the input rules refuse a value: the {@link InputError}s of
 * the text parsers (the same keys the server sends back with {@code invalid.input}) and the few
 * {@code input.*} keys only the server uses (sex, basis, flags and other arguments a screen never
 * lets the user type freely).
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
        Object[] a = arguments.toArray();
        return switch (error) {
            case ADDRESSEE_NUMBER_EMPTY -> Messages.get("input.addresseeNumber.empty", a);
            case ADDRESSEE_NUMBER_NOT_DIGITS -> Messages.get("input.addresseeNumber.notDigits", a);
            case ADDRESSEE_NUMBER_TOO_LONG -> Messages.get("input.addresseeNumber.tooLong", a);
            case KANA_NAME_EMPTY -> Messages.get("input.kanaName.empty", a);
            case KANA_NAME_INVALID_CHARACTER -> Messages.get("input.kanaName.invalidCharacter", a);
            case KANA_NAME_MISPLACED_SOUND_MARK -> Messages.get("input.kanaName.misplacedSoundMark", a);
            case KANA_NAME_TOO_LONG -> Messages.get("input.kanaName.tooLong", a);
            case KANJI_NAME_EMPTY -> Messages.get("input.kanjiName.empty", a);
            case KANJI_NAME_INVALID_CHARACTER -> Messages.get("input.kanjiName.invalidCharacter", a);
            case KANJI_NAME_PRIVATE_USE_CHARACTER -> Messages.get("input.kanjiName.privateUseCharacter", a);
            case KANJI_NAME_TOO_LONG -> Messages.get("input.kanjiName.tooLong", a);
            case BIRTH_DATE_EMPTY -> Messages.get("input.birthDate.empty", a);
            case BIRTH_DATE_FORMAT -> Messages.get("input.birthDate.format", a);
            case BIRTH_DATE_NO_SUCH_DATE -> Messages.get("input.birthDate.noSuchDate", a);
            case BIRTH_DATE_OUTSIDE_ERA -> Messages.get("input.birthDate.outsideEra", a);
            case BIRTH_DATE_BEFORE_MEIJI -> Messages.get("input.birthDate.beforeMeiji", a);
            case BIRTH_DATE_IN_FUTURE -> Messages.get("input.birthDate.inFuture", a);
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
        Object[] a = arguments.toArray();
        return Optional.ofNullable(switch (key) {
            case "input.loginId.invalid" -> Messages.get("input.loginId.invalid", a);
            case "input.displayName.invalid" -> Messages.get("input.displayName.invalid", a);
            case "input.role.invalid" -> Messages.get("input.role.invalid", a);
            case "input.sectionCode.notAllowed" -> Messages.get("input.sectionCode.notAllowed", a);
            case "input.sectionCode.format" -> Messages.get("input.sectionCode.format", a);
            case "input.sectionName.invalid" -> Messages.get("input.sectionName.invalid", a);
            case "input.sectionRole.required" -> Messages.get("input.sectionRole.required", a);
            case "input.dutyName.invalid" -> Messages.get("input.dutyName.invalid", a);
            case "input.dutyId.invalid" -> Messages.get("input.dutyId.invalid", a);
            case "input.terminalId.invalid" -> Messages.get("input.terminalId.invalid", a);
            case "input.terminalLabel.invalid" -> Messages.get("input.terminalLabel.invalid", a);
            case "input.setting.unknown" -> Messages.get("input.setting.unknown", a);
            case "input.setting.range" -> Messages.get("input.setting.range", a);
            case "input.password.tooShort" -> Messages.get("input.password.tooShort", a);
            case "input.password.tooLong" -> Messages.get("input.password.tooLong", a);
            case "input.password.common" -> Messages.get("input.password.common", a);
            case "input.password.repetitive" -> Messages.get("input.password.repetitive", a);
            case "input.password.context" -> Messages.get("input.password.context", a);
            case "input.password.unchanged" -> Messages.get("input.password.unchanged", a);
            case "input.csr.malformed" -> Messages.get("input.csr.malformed", a);
            case "input.csr.subject" -> Messages.get("input.csr.subject", a);
            case "input.csr.keyType" -> Messages.get("input.csr.keyType", a);
            case "input.csr.signature" -> Messages.get("input.csr.signature", a);

            case "input.sex.invalid" -> Messages.get("input.sex.invalid");
            case "input.basis.invalid" -> Messages.get("input.basis.invalid");
            case "input.flags.required" -> Messages.get("input.flags.required");
            case "input.sectionCode.invalid" -> Messages.get("input.sectionCode.invalid");
            case "input.releaseBasis.required", "input.releaseBasis.invalid" ->
                    Messages.get("input.releaseBasis.invalid");
            case "input.rejectReason.required", "input.rejectReason.invalid" ->
                    Messages.get("input.rejectReason.invalid");
            case "input.status.invalid", "input.nameMatch.invalid", "input.limit.invalid",
                    "input.personId.invalid", "input.version.invalid",
                    "input.confirmExisting.invalid",
                    // the release, flag-work and review procedures: ids, codes and switches the screens set
                    "input.registrationId.required", "input.requestId.required", "input.personId.required",
                    "input.dutyId.required", "input.version.required", "input.approve.required",
                    "input.includeDone.required", "input.releaseKind.required", "input.releaseKind.invalid",
                    "input.flagKind.required", "input.flagKind.invalid" -> Messages.get("input.screenValue.invalid");
            default -> null;
        });
    }
}
