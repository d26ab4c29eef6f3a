package jp.mamori.db.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ItaijiTableTest {

    private static ItaijiTable fromClassPath() throws IOException {
        try (InputStream in = ItaijiTable.class.getResourceAsStream(ItaijiTable.RESOURCE)) {
            assertTrue(in != null, "itaiji.tsv on the class path");
            return ItaijiTable.parse(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
    }

    @Test
    void theFileParsesAndHasNoChainsOrCycles() throws IOException {
        ItaijiTable table = fromClassPath();
        assertFalse(table.entries().isEmpty());
        Set<Integer> variants = table.entries().stream().map(ItaijiTable.Entry::variant).collect(Collectors.toSet());
        for (ItaijiTable.Entry e : table.entries()) {
            assertFalse(variants.contains(e.canonical()), "line " + e.line() + ": canonical is also a variant");
            // following the fold from a canonical never moves: no cycle can exist
            assertEquals(e.canonical(), table.fold(e.canonical()), "line " + e.line());
        }
    }

    @Test
    void everyVariantFoldsToItsCanonical() throws IOException {
        for (ItaijiTable.Entry e : fromClassPath().entries()) {
            String variant = new String(Character.toChars(e.variant()));
            String canonical = new String(Character.toChars(e.canonical()));
            assertEquals(canonical, SearchKeys.kanjiKey(variant), "line " + e.line());
            assertEquals(canonical, SearchKeys.kanjiKey(canonical), "line " + e.line());
        }
    }

    @Test
    void theRequiredVariantsAreThereWithTheirExactCodePoints() throws IOException {
        Map<Integer, Integer> rows = fromClassPath().entries().stream()
                .collect(Collectors.toMap(ItaijiTable.Entry::variant, ItaijiTable.Entry::canonical));
        int[][] required = {
            {0x9AD9, 0x9AD8}, {0xFA11, 0x5D0E}, {0x5D5C, 0x5D0E}, {0x9F4B, 0x658E}, {0x9F4A, 0x658E},
            {0x6589, 0x658E}, {0x908A, 0x8FBA}, {0x9089, 0x8FBA}, {0x6FA4, 0x6CA2}, {0x6FF1, 0x6D5C},
            {0x6AFB, 0x685C}, {0x5EE3, 0x5E83}, {0x570B, 0x56FD}, {0x5BE6, 0x5B9F}, {0x5FB7, 0x5FB3},
            {0x60E0, 0x6075}, {0x9F8D, 0x7ADC}, {0x85CF, 0x8535}, {0x771E, 0x771F}, {0x975C, 0x9759},
            {0x69C7, 0x69D9}, {0x66FE, 0x66FD}, {0x6DFA, 0x6D45}, {0x5C07, 0x5C06}, {0x7028, 0x702C},
            {0x51A8, 0x5BCC}, {0x7C60, 0x7BED}, {0x5D8B, 0x5CF6}, {0x5D8C, 0x5CF6}, {0x6801, 0x67F3},
            {0xFA14, 0x6B05}, {0xFA10, 0x585A}, {0xFA4F, 0x7950},
        };
        for (int[] pair : required) {
            assertEquals(pair[1], rows.get(pair[0]), CharacterDescriptions.codePointName(pair[0])
                    + " must be in the file as written (an editor that normalises would have changed it)");
        }
    }

    @Test
    void defectsAreRefusedWithTheirLine() {
        assertDefect("髙\t高\n高\t髙\n", "line 1");                   // cycle: 高 is also a variant
        assertDefect("髙\t高\n齋\t髙\n", "line 2");                   // chain
        assertDefect("髙\t高\n髙\t商\n", "line 2");                   // duplicate
        assertDefect("髙 高\n", "line 1");                            // no TAB
        assertDefect("髙\t高\textra\n", "line 1");
        assertDefect("髙髙\t高\n", "line 1");
        assertDefect("A\tB\n", "line 1");
        assertDefect("髙\t\uFA10\n", "line 1");                       // canonical changed by NFKC
        assertDefect("高\t高\n", "line 1");
    }

    @Test
    void commentsBlankLinesAndAByteOrderMarkAreSkipped() throws IOException {
        ItaijiTable t = ItaijiTable.parse(new StringReader("\uFEFF# header\n\n# group\n髙\t高\n"));
        assertEquals(1, t.entries().size());
        assertEquals(0x9AD8, t.fold(0x9AD9));
        assertEquals(0x5C71, t.fold(0x5C71));
    }

    @Test
    void rowsThatNfkcAlreadyFoldsAreAcceptedAndNotNeeded() throws IOException {
        ItaijiTable t = ItaijiTable.parse(new StringReader("\uFA10\t\u585A\n"));
        assertEquals(1, t.entries().size());
        assertEquals(Normalizer.normalize("\uFA10", Normalizer.Form.NFKC).codePointAt(0), 0x585A);
    }

    @Test
    void variantsAreDistinctInTheShippedFile() throws IOException {
        Set<Integer> seen = new HashSet<>();
        for (ItaijiTable.Entry e : fromClassPath().entries()) {
            assertTrue(seen.add(e.variant()), "line " + e.line());
        }
    }

    private static void assertDefect(String table, String where) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ItaijiTable.parse(new StringReader(table)));
        assertTrue(e.getMessage().contains(where), e.getMessage());
    }
}
