package jp.mamori.db.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The rules of a new password after NIST SP 800-63B-4 (ADR 0015). */
class PasswordPolicyTest {

    private static final List<String> CONTEXT = List.of("zeimu.clerk", "税務 一郎", "試験市");

    private static Optional<PasswordPolicy.Problem> check(String password) {
        return PasswordPolicy.check(password.toCharArray(), CONTEXT);
    }

    @Test
    void lengthIsCountedInCodePointsAndJapaneseIsWelcome() {
        assertEquals(Optional.empty(), check("ひまわりの咲く丘"));
        assertEquals(Optional.of(PasswordPolicy.Problem.TOO_SHORT), check("ひまわりの咲く"));
        // seven characters outside the BMP are fourteen chars in Java, still seven code points
        assertEquals(Optional.of(PasswordPolicy.Problem.TOO_SHORT), check("𠮷𠮷𠮷𠮷𠮷𠮷𠮷"));
        assertEquals(Optional.empty(), check("𠮷野家で𠮷𠮷丼を"));
        assertEquals(Optional.empty(), check("a quiet morning by the river, coffee in hand, sixty-four chars!!"));
        assertEquals(Optional.empty(), check("x".repeat(0) + "correct horse battery staple ".repeat(4).strip()));
        assertEquals(Optional.of(PasswordPolicy.Problem.TOO_LONG), check("長い".repeat(65)));
    }

    @Test
    void noCompositionRules() {
        assertEquals(Optional.empty(), check("onlylowercaseletters"));
        assertEquals(Optional.empty(), check("すべてひらがなのあいことば"));
    }

    @Test
    void commonPasswordsAreRefusedWhateverTheirCaseOrWidth() {
        assertEquals(Optional.of(PasswordPolicy.Problem.COMMON), check("password123"));
        assertEquals(Optional.of(PasswordPolicy.Problem.COMMON), check("Password123"));
        assertEquals(Optional.of(PasswordPolicy.Problem.COMMON), check("ｐａｓｓｗｏｒｄ１２３"));
        assertEquals(Optional.of(PasswordPolicy.Problem.COMMON), check("qwertyuiop"));
    }

    @Test
    void repeatedAndSequentialCharactersAreRefused() {
        assertEquals(Optional.of(PasswordPolicy.Problem.REPETITIVE), check("zzzzzzzzzz"));
        assertEquals(Optional.of(PasswordPolicy.Problem.REPETITIVE), check("3456789:;<"));
        assertEquals(Optional.of(PasswordPolicy.Problem.REPETITIVE), check("あぃいぅうぇえぉ"));
    }

    @Test
    void contextWordsAreRefused() {
        assertEquals(Optional.of(PasswordPolicy.Problem.CONTEXT), check("my-zeimu.clerk-key"));
        assertEquals(Optional.of(PasswordPolicy.Problem.CONTEXT), check("clerk-of-the-river"));
        assertEquals(Optional.of(PasswordPolicy.Problem.CONTEXT), check("一郎のひみつの部屋"));
        assertEquals(Optional.of(PasswordPolicy.Problem.CONTEXT), check("試験市役所の北側"));
        assertEquals(Optional.of(PasswordPolicy.Problem.CONTEXT), check("Mamori-is-great!"));
        assertEquals(Optional.of(PasswordPolicy.Problem.CONTEXT), check("まもりのかぎです"));
    }

    @Test
    void theHasherNormalisesWidthSoBothFormsLogIn() {
        String hash = new PasswordHasher().hash("ｶﾀｶﾅのあいことば".toCharArray());
        assertTrue(PasswordHasher.matches("カタカナのあいことば".toCharArray(), hash));
    }
}
