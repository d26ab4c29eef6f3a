package jp.mamori.db.text;

import java.util.Locale;

/**
 * How a refused character is shown in a message: a visible character in 「」, anything that would
 * be invisible, confusing or unsafe to echo (control, format, space, combining, surrogate, private
 * use, unassigned) by its code point only.
 */
final class CharacterDescriptions {

    private CharacterDescriptions() {
    }

    static String describe(int codePoint) {
        String label = invisibleLabel(codePoint);
        if (label == null) {
            return "「" + new String(Character.toChars(codePoint)) + "」";
        }
        return label + "（" + codePointName(codePoint) + "）";
    }

    static String codePointName(int codePoint) {
        return String.format(Locale.ROOT, "U+%04X", codePoint);
    }

    private static String invisibleLabel(int codePoint) {
        switch (Character.getType(codePoint)) {
            case Character.CONTROL:
                return "制御文字";
            case Character.FORMAT:
                return "書式文字";
            case Character.SPACE_SEPARATOR:
            case Character.LINE_SEPARATOR:
            case Character.PARAGRAPH_SEPARATOR:
                return "空白・改行文字";
            case Character.NON_SPACING_MARK:
            case Character.COMBINING_SPACING_MARK:
            case Character.ENCLOSING_MARK:
                return "結合文字";
            case Character.PRIVATE_USE:
                return "外字";
            case Character.SURROGATE:
            case Character.UNASSIGNED:
                return "不正な文字";
            default:
                return null;
        }
    }
}
