package jp.mamori.db.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchTermHashesTest {

    @TempDir
    Path dir;

    private SearchTermHashes hashes(String name) throws Exception {
        Path file = dir.resolve(name);
        SearchTermHashes.createKey(file);
        return SearchTermHashes.load(file);
    }

    @Test
    void variantsOfANameGiveTheSameHash() throws Exception {
        SearchTermHashes h = hashes("key");
        String kanji = h.typedName("高橋　花子").orElseThrow();
        assertEquals(kanji, h.typedName("髙橋花子").orElseThrow());
        assertEquals(kanji, h.typedName(" 髙橋 花子 ").orElseThrow());
        String kana = h.typedName("タカハシ　ハナコ").orElseThrow();
        assertEquals(kana, h.typedName("たかはしはなこ").orElseThrow());
        assertEquals(kana, h.typedName("ﾀｶﾊｼ ﾊﾅｺ").orElseThrow());
        assertNotEquals(kanji, kana);
        assertNotEquals(kanji, h.typedName("高橋").orElseThrow(), "a prefix is a different term");
        assertEquals(64, kanji.length());
        assertTrue(kanji.matches("[0-9a-f]{64}"));
        assertEquals(h.typedNumber("１２３４５").orElseThrow(), h.number("12345"));
        assertNotEquals(h.number("12345"), h.nameKey(false, "12345"), "kinds of term are kept apart");
        assertEquals(Optional.empty(), h.typedName("<script>"));
        assertEquals(Optional.empty(), h.typedNumber("12a"));
    }

    @Test
    void theHashDependsOnTheKeyKeptOutsideTheDatabase() throws Exception {
        SearchTermHashes one = hashes("one");
        SearchTermHashes other = hashes("other");
        assertNotEquals(one.typedName("高橋花子"), other.typedName("高橋花子"));
        assertEquals(one.typedName("高橋花子"), SearchTermHashes.load(dir.resolve("one")).typedName("高橋花子"));
        if (Files.getFileStore(dir).supportsFileAttributeView("posix")) {
            assertEquals(EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE),
                    Files.getPosixFilePermissions(dir.resolve("one")));
        }
        assertThrows(IllegalArgumentException.class, () -> new SearchTermHashes(new byte[16]));
        Files.writeString(dir.resolve("bad"), "not base64 !");
        assertThrows(java.io.IOException.class, () -> SearchTermHashes.load(dir.resolve("bad")));
    }
}
