package jp.mamori.db.text;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every reason the Japanese input rules refuse a value. Each reason has a stable message key (the
 * client maps it to its own bundle) and a Japanese default message with {@code {0}}-style
 * placeholders, so the server can also explain a refusal in readable Japanese. Arguments are
 * always passed as ready-made strings: no number or date formatting happens in the message.
 */
public enum InputError {

    /** 団体内統合宛名番号が空。 */
    ADDRESSEE_NUMBER_EMPTY("input.addresseeNumber.empty",
            "団体内統合宛名番号を入力してください。"),
    /** 団体内統合宛名番号に数字以外の文字がある。{0}=位置（1から）, {1}=文字の表示。 */
    ADDRESSEE_NUMBER_NOT_DIGITS("input.addresseeNumber.notDigits",
            "団体内統合宛名番号は数字で入力してください。{0}文字目の{1}は使えません。"),
    /** 団体内統合宛名番号の桁数超過。{0}=入力の桁数, {1}=上限。 */
    ADDRESSEE_NUMBER_TOO_LONG("input.addresseeNumber.tooLong",
            "団体内統合宛名番号は{1}桁以内で入力してください（入力は{0}桁です）。"),

    /** 氏名カナが空。 */
    KANA_NAME_EMPTY("input.kanaName.empty",
            "氏名（カナ）を入力してください。"),
    /** 氏名カナに使えない文字。{0}=位置, {1}=文字の表示。 */
    KANA_NAME_INVALID_CHARACTER("input.kanaName.invalidCharacter",
            "氏名（カナ）はカナで入力してください。{0}文字目の{1}は使えません。"),
    /** 濁点・半濁点を前の文字に付けられない。{0}=位置, {1}=文字の表示。 */
    KANA_NAME_MISPLACED_SOUND_MARK("input.kanaName.misplacedSoundMark",
            "氏名（カナ）の{0}文字目の濁点・半濁点{1}は、前の文字に付けられません。"),
    /** 氏名カナの文字数超過（正規化後）。{0}=文字数, {1}=上限。 */
    KANA_NAME_TOO_LONG("input.kanaName.tooLong",
            "氏名（カナ）は{1}文字以内で入力してください（入力は{0}文字です）。"),

    /** 氏名が空。 */
    KANJI_NAME_EMPTY("input.kanjiName.empty",
            "氏名を入力してください。"),
    /** 氏名に使えない文字（制御文字、記号、表示できない文字など）。{0}=位置, {1}=文字の表示。 */
    KANJI_NAME_INVALID_CHARACTER("input.kanjiName.invalidCharacter",
            "氏名の{0}文字目の{1}は使えません。"),
    /** 氏名に外字（私用領域の文字）。{0}=位置, {1}=符号位置。 */
    KANJI_NAME_PRIVATE_USE_CHARACTER("input.kanjiName.privateUseCharacter",
            "氏名の{0}文字目は外字（{1}）のため使えません。代わりの文字で入力してください。"),
    /** 氏名の文字数超過（正規化後）。{0}=文字数, {1}=上限。 */
    KANJI_NAME_TOO_LONG("input.kanjiName.tooLong",
            "氏名は{1}文字以内で入力してください（入力は{0}文字です）。"),

    /** 生年月日が空。 */
    BIRTH_DATE_EMPTY("input.birthDate.empty",
            "生年月日を入力してください。"),
    /** 生年月日の書き方が読み取れない。 */
    BIRTH_DATE_FORMAT("input.birthDate.format",
            "生年月日の形式が正しくありません。S50.4.1、昭和50年4月1日、1975-04-01、19750401 のように入力してください。"),
    /** 暦にない日付（2月30日、0年など）。{0}=入力された年月日。 */
    BIRTH_DATE_NO_SUCH_DATE("input.birthDate.noSuchDate",
            "{0}という日付はありません。"),
    /** 元号の期間外（平成31年5月1日など）。{0}=入力された和暦, {1}=元号, {2}=その元号の期間。 */
    BIRTH_DATE_OUTSIDE_ERA("input.birthDate.outsideEra",
            "{0}は{1}の期間外です。{1}は{2}です。"),
    /** 明治改元前の日付。{0}=入力された日付, {1}=受け付ける最初の日。 */
    BIRTH_DATE_BEFORE_MEIJI("input.birthDate.beforeMeiji",
            "{0}は入力できません。生年月日は{1}（明治元年）以降の日付で入力してください。"),
    /** 未来の日付。{0}=入力された日付, {1}=本日。 */
    BIRTH_DATE_IN_FUTURE("input.birthDate.inFuture",
            "{0}は未来の日付です（本日は{1}です）。");

    private final String key;
    private final String defaultMessage;
    private final int argumentCount;

    InputError(String key, String defaultMessage) {
        this.key = key;
        this.defaultMessage = defaultMessage;
        this.argumentCount = countArguments(defaultMessage);
    }

    /** Stable message key for the client bundle, e.g. {@code input.addresseeNumber.notDigits}. */
    public String key() {
        return key;
    }

    /** Japanese default text with {@code {0}}-style placeholders. */
    public String defaultMessage() {
        return defaultMessage;
    }

    /** How many arguments a rejection with this reason carries (highest placeholder + 1). */
    public int argumentCount() {
        return argumentCount;
    }

    /** The Japanese default message with the arguments filled in. */
    public String format(List<String> arguments) {
        return new MessageFormat(defaultMessage, Locale.JAPAN).format(arguments.toArray());
    }

    private static int countArguments(String message) {
        int max = -1;
        // Enum constants are built before static fields, so the pattern cannot be a static field.
        Matcher m = Pattern.compile("\\{(\\d+)}").matcher(message);
        while (m.find()) {
            max = Math.max(max, Integer.parseInt(m.group(1)));
        }
        return max + 1;
    }
}
