package jp.mamori.db.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

/** Assertions on parse results shared by the tests of this package. */
final class Results {

    private Results() {
    }

    static <T> void assertAccepted(T expected, ParseResult<T> result) {
        assertTrue(result.isAccepted(), () -> "expected acceptance, got "
                + result.rejection().map(r -> r.error() + " " + r.arguments()).orElse(""));
        assertEquals(expected, result.orElseThrow());
    }

    static void assertRejected(InputError expected, ParseResult<?> result) {
        assertFalse(result.isAccepted(), () -> "expected " + expected + ", was accepted as " + result.toOptional().orElse(null));
        assertEquals(expected, result.rejection().orElseThrow().error());
    }

    static void assertRejected(InputError expected, List<String> arguments, ParseResult<?> result) {
        assertRejected(expected, result);
        assertEquals(arguments, result.rejection().orElseThrow().arguments());
    }
}
