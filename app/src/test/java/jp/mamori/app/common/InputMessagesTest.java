package jp.mamori.app.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jp.mamori.db.client.ServerRefusal;
import jp.mamori.db.text.InputError;
import org.junit.jupiter.api.Test;

class InputMessagesTest {

    private static List<String> arguments(InputError error) {
        List<String> args = new ArrayList<>();
        for (int i = 0; i < error.argumentCount(); i++) {
            args.add("«" + i + "»");
        }
        return args;
    }

    @Test
    void everyInputErrorReadsInJapaneseExactlyAsTheServerDefault() {
        for (InputError error : InputError.values()) {
            List<String> args = arguments(error);
            assertEquals(error.format(args), InputMessages.of(error, args), error.name());
            assertEquals(error.format(args), InputMessages.forKey(error.key(), args).orElseThrow(), error.key());
        }
    }

    @Test
    void everyInputErrorHasAnEnglishMessageWithTheSameArguments() {
        for (InputError error : InputError.values()) {
            String english = Messages.bundle(Locale.ENGLISH).getString(error.key());
            for (int i = 0; i < error.argumentCount(); i++) {
                assertTrue(english.contains("{" + i + "}"), error.key() + ": " + english);
            }
        }
    }

    @Test
    void invalidInputRefusalsShowTheFieldMessage() {
        ErrorPresenter presenter = new ErrorPresenter();
        assertEquals("氏名（カナ）はカナで入力してください。3文字目の「A」は使えません。",
                presenter.messageFor(new ServerRefusal("invalid.input",
                        List.of("input.kanaName.invalidCharacter", "3", "「A」"), null)));
        assertEquals(Messages.get("input.flags.required"), presenter.messageFor(new ServerRefusal(
                "invalid.input", List.of("input.flags.required"), null)));
        assertEquals(Messages.get("error.refusal.invalidInput"), presenter.messageFor(new ServerRefusal(
                "invalid.input", List.of("input.kanaName.invalidCharacter"), null)), "wrong argument count");
        assertEquals(Messages.get("error.refusal.invalidInput"), presenter.messageFor(new ServerRefusal(
                "invalid.input", List.of("input.unknown.key"), null)));
    }

    @Test
    void registryRefusalsHaveTheirOwnMessages() {
        ErrorPresenter presenter = new ErrorPresenter();
        assertEquals("入力した氏名、生年月日が、登録済みの対象者の内容と異なるため登録できません。"
                + "宛名番号と入力内容を確認してください。", presenter.messageFor(new ServerRefusal(
                        "conflict.mismatch", List.of("nameKanji", "birthDate"), null)));
        for (String code : List.of("denied.section", "denied.notHolding", "invalid.criteria", "invalid.noChange",
                "invalid.screen", "confirm.existing", "conflict.alreadyRegistered", "conflict.retry",
                "notfound.person", "error.internal")) {
            String message = presenter.messageFor(new ServerRefusal(code, List.of("1"), null));
            assertTrue(!message.contains(code) && message.codePoints().anyMatch(c -> c >= 0x3040 && c <= 0x30FF),
                    code + ": " + message);
        }
    }
}
