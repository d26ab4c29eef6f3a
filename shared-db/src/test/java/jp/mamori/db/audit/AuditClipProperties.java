package jp.mamori.db.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Clipping audit text (finding 9): never longer than the column, never half a surrogate pair or
 * half a percent escape, always a prefix of the escaped text followed by the marker.
 */
class AuditClipProperties {

    @Property(tries = 1000)
    void clippedEscapedTextIsAWholePrefix(@ForAll("text") String raw, @ForAll @IntRange(min = 2, max = 40) int max) {
        String escaped = AuditDetail.escape(raw);
        String clipped = AuditDetail.clip(escaped, max, "…");
        assertTrue(clipped.length() <= max, clipped);
        if (escaped.length() <= max) {
            assertEquals(escaped, clipped);
            return;
        }
        assertTrue(clipped.endsWith("…"));
        String kept = clipped.substring(0, clipped.length() - 1);
        assertTrue(escaped.startsWith(kept));
        assertFalse(!kept.isEmpty() && Character.isHighSurrogate(kept.charAt(kept.length() - 1)), kept);
        assertFalse(kept.matches(".*%[0-9A-F]?"), "no cut escape: " + kept);
        assertTrue(java.net.URLDecoder.decode(kept.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8)
                .chars().noneMatch(c -> c == 0xFFFD) || raw.contains("\uFFFD") || hasLoneSurrogate(raw),
                "no UTF-8 sequence cut between its escapes: " + kept);
    }

    @Property(tries = 300)
    void renderedDetailFitsTheColumn(@ForAll("text") String value) {
        String rendered = AuditDetail.of("v", value.repeat(200)).render();
        assertTrue(rendered.length() <= AuditDetail.MAX_LENGTH);
        assertFalse(rendered.chars().anyMatch(c -> Character.isSurrogate((char) c)
                && !isPaired(rendered, rendered.indexOf(c))), rendered);
    }

    @Example
    void fixedSamples() {
        assertEquals("ab…", AuditDetail.clip("ab😀cd", 4, "…"), "the emoji is not split");
        assertEquals("ab😀…", AuditDetail.clip("ab😀cd", 5, "…"));
        assertEquals("a…", AuditDetail.clip("a%3Dbcdef", 4, "…"), "the escape is not split");
        assertEquals("a…", AuditDetail.clip("a%E2%80%AEb", 8, "…"), "nor the escapes of one character");
        assertEquals("%E2%80%AE", AuditDetail.escape("\u202E"), "a bidi override is escaped in the log");
        assertEquals("%E2%80%8B", AuditDetail.escape("\u200B"));
        assertEquals("%EF%BB%BF", AuditDetail.escape("\uFEFF"));
    }

    private static boolean hasLoneSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPaired(String s, int i) {
        char c = s.charAt(i);
        return Character.isHighSurrogate(c) ? i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
                : i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }

    @Provide
    Arbitrary<String> text() {
        return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(30),
                Arbitraries.strings().withChars("a=;%😀髙\u202E\u200B\uFEFF\uD83D").ofMaxLength(30));
    }
}
