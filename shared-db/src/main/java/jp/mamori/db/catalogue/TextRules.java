package jp.mamori.db.catalogue;

/** The rules of the administrator's short texts: names, labels, business and system names. */
public final class TextRules {

    private TextRules() {
    }

    /**
     * Whether {@code text} is not blank, has at most {@code maxCodePoints} code points, and holds no
     * control character (no line break or tab inside a name).
     */
    public static boolean fits(String text, int maxCodePoints) {
        if (text == null || text.isBlank() || text.codePointCount(0, text.length()) > maxCodePoints) {
            return false;
        }
        return text.codePoints().noneMatch(Character::isISOControl)
                && text.codePoints().noneMatch(cp -> Character.getType(cp) == Character.FORMAT
                        && cp != 0x200D);
    }
}
