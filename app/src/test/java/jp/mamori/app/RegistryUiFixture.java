package jp.mamori.app;

import java.security.SecureRandom;
import javafx.collections.ObservableList;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import jp.mamori.db.domain.PersonSummary;

/** Helpers for the registry screens' UI tests: fictional persons and field access. */
abstract class RegistryUiFixture extends ClientUiFixture {

    static final String KODOMO_CLERK = "kodomo.clerk";

    private static final SecureRandom RANDOM = new SecureRandom();
    /** Half-width kana, their hiragana and full-width katakana, for unique fictional readings. */
    private static final String HALF = "ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾗﾘﾙﾚﾛ";
    private static final String HIRAGANA = "あいうえおかきくけこさしすせそたちてとなにぬねのはひふへほまみむめもらりるれろ";
    private static final String KATAKANA = "アイウエオカキクケコサシスセソタチテトナニヌネノハヒフヘホマミムメモラリルレロ";
    private static final String KANJI = "一二三四五六七八九十百千万丸山川森林";

    /**
     * A fictional person nobody else has: 見本 plus a random tag, a number starting with 8.
     *
     * @param number     15 ASCII digits
     * @param kanji      氏名 as typed, e.g. 「見本三丸 太郎」
     * @param halfKana   氏名カナ as typed in half-width kana, e.g. 「ﾐﾎﾝｱｶﾀ ﾀﾛｳ」
     * @param hiragana   the reading's first part in hiragana, for a prefix search
     * @param katakana   the reading as stored (full-width katakana, ideographic space)
     */
    record Fictional(String number, String kanji, String halfKana, String hiragana, String katakana) {

        static Fictional create() {
            StringBuilder digits = new StringBuilder("8");
            for (int i = 0; i < 14; i++) {
                digits.append(RANDOM.nextInt(10));
            }
            StringBuilder half = new StringBuilder();
            StringBuilder hira = new StringBuilder();
            StringBuilder kata = new StringBuilder();
            for (int i = 0; i < 4; i++) {
                int k = RANDOM.nextInt(HALF.length());
                half.append(HALF.charAt(k));
                hira.append(HIRAGANA.charAt(k));
                kata.append(KATAKANA.charAt(k));
            }
            StringBuilder tag = new StringBuilder();
            for (int i = 0; i < 3; i++) {
                tag.append(KANJI.charAt(RANDOM.nextInt(KANJI.length())));
            }
            return new Fictional(digits.toString(), "見本" + tag + " 太郎", "ﾐﾎﾝ" + half + " ﾀﾛｳ",
                    "みほん" + hira, "ミホン" + kata + "\u3000タロウ");
        }

        /** The number in full-width digits, as a clerk may type it. */
        String fullWidthNumber() {
            StringBuilder s = new StringBuilder();
            number.chars().forEach(c -> s.append((char) (c - '0' + '０')));
            return s.toString();
        }

        /** 氏名 as stored: the space widened. */
        String storedKanji() {
            return kanji.replace(' ', '\u3000');
        }
    }

    /** The text of a label or button inside {@code scope}. */
    String textIn(String scope, String id) {
        return ((Labeled) lookup(scope + " " + id).query()).getText();
    }

    boolean showingIn(String scope, String id) {
        return showing(scope + " " + id);
    }

    /** Replaces the text of a field by typing, as a clerk would (select all, then type). */
    void typeInto(String query, String text) {
        TextInputControl field = lookup(query).query();
        clickOn(field);
        interact(field::selectAll);
        if (text.isEmpty()) {
            interact(field::clear);
        } else {
            write(text);
        }
    }

    String fieldText(String query) {
        return ((TextField) lookup(query).query()).getText();
    }

    boolean disabled(String query) {
        return ((Button) lookup(query).query()).isDisabled();
    }

    @SuppressWarnings("unchecked")
    ObservableList<PersonSummary> resultRows() {
        return ((TableView<PersonSummary>) lookup(".search-screen #resultTable").query()).getItems();
    }

    void open(String navId) throws TimeoutException {
        clickOn(navId);
        await(() -> scene().lookup(".registry-pane") != null);
    }

    boolean focused(String query) {
        Node node = lookup(query).tryQuery().orElse(null);
        return node != null && node.isFocused();
    }
}
