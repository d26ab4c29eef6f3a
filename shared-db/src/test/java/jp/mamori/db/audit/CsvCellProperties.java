package jp.mamori.db.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Bundle CSV cells (finding 9): no cell a spreadsheet would read as a formula, no character that
 * hides or reorders text, and every value comes back exactly — so the chain still verifies.
 */
class CsvCellProperties {

    private static final String FORMULA_STARTS = "=+-@\uFF1D\uFF0B\uFF0D\uFF20\t\r";

    @Property(tries = 1000)
    void everyValueRoundTrips(@ForAll("hostile") String value) {
        assertEquals(value, CsvCell.decode(CsvCell.encode(value)));
    }

    @Property(tries = 1000)
    void noCellStartsAFormula(@ForAll("hostile") String value) {
        String cell = CsvCell.encode(value);
        assertFalse(!cell.isEmpty() && FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0, cell);
    }

    @Property(tries = 1000)
    void noCellHoldsAHiddenCharacterOrALoneSurrogate(@ForAll("hostile") String value) {
        String cell = CsvCell.encode(value);
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < cell.length() && Character.isLowSurrogate(cell.charAt(i + 1))) {
                i++;
                continue;
            }
            assertFalse(CsvCell.hidden(c), () -> "U+" + Integer.toHexString(c) + " in " + cell);
        }
    }

    @Example
    void fixedSamples() {
        assertEquals("'=HYPERLINK(\"http://x\")", CsvCell.encode("=HYPERLINK(\"http://x\")"));
        assertEquals("'+1+2", CsvCell.encode("+1+2"));
        assertEquals("'-2+3", CsvCell.encode("-2+3"));
        assertEquals("'@SUM(A1)", CsvCell.encode("@SUM(A1)"));
        assertEquals("'＝1+1", CsvCell.encode("＝1+1"));
        assertEquals("'＋1", CsvCell.encode("＋1"));
        assertEquals("'－1", CsvCell.encode("－1"));
        assertEquals("'＠A1", CsvCell.encode("＠A1"));
        assertEquals("'\\u0009=1", CsvCell.encode("\t=1"));
        assertEquals("'\\u000D=1", CsvCell.encode("\r=1"));
        assertEquals("''quoted", CsvCell.encode("'quoted"));
        assertEquals("a=1", CsvCell.encode("a=1"), "only the first character can start a formula");
        assertEquals("山田\\u202Etxt.exe", CsvCell.encode("山田\u202Etxt.exe"), "right-to-left override shown");
        for (char c : List.of('\u202A', '\u202B', '\u202C', '\u202D', '\u2066', '\u2067', '\u2068', '\u2069',
                '\u200B', '\u200C', '\u200D', '\u200E', '\u200F', '\uFEFF')) {
            assertEquals(String.format("x\\u%04X", (int) c), CsvCell.encode("x" + c));
        }
        assertEquals("C:\\\\tmp", CsvCell.encode("C:\\tmp"));
        assertEquals("\\uD83D", CsvCell.encode("\uD83D"), "a lone surrogate is written visibly");
        assertEquals("😀髙", CsvCell.encode("😀髙"), "pairs and kanji stay as they are");
        assertEquals("2026-04-01T09:00:00.123456Z", CsvCell.encode("2026-04-01T09:00:00.123456Z"));
    }

    @Example
    void aStrayBackslashIsAFormatError() {
        assertTrue(assertThrowsIllegalArgument("a\\x"));
        assertTrue(assertThrowsIllegalArgument("a\\u12"));
    }

    private static boolean assertThrowsIllegalArgument(String cell) {
        try {
            CsvCell.decode(cell);
            return false;
        } catch (IllegalArgumentException e) {
            return true;
        }
    }

    @Provide
    Arbitrary<String> hostile() {
        Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(20);
        Arbitrary<String> crafted = Arbitraries.strings()
                .withChars("=+-@＝＋－＠'\t\r\n\\u,\"")
                .withChars("\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200B\u200C\u200D\u200E\u200F\uFEFF")
                .withChars("\uD83D\uDE00\uDC00髙a0")
                .ofMaxLength(20);
        return Arbitraries.oneOf(any, crafted);
    }
}
