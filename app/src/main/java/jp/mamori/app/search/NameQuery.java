package jp.mamori.app.search;

import jp.mamori.db.text.KanaName;
import jp.mamori.db.text.KanjiName;
import jp.mamori.db.text.ParseResult;

/**
 * The name typed into 対象者検索: kana (hiragana, katakana or half-width) is searched as 氏名カナ,
 * anything else as 氏名 — the same decision the server makes.
 *
 * @param text the normalised name or kana
 * @param kana whether it is searched as kana
 */
public record NameQuery(String text, boolean kana) {

    /** Reads a typed name; a refusal carries the 氏名 rule's message. */
    public static ParseResult<NameQuery> parse(String typed) {
        ParseResult<String> asKana = KanaName.parse(typed);
        if (asKana.isAccepted()) {
            return asKana.map(kana -> new NameQuery(kana, true));
        }
        return KanjiName.parse(typed).map(name -> new NameQuery(name, false));
    }
}
