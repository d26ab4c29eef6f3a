package jp.mamori.db.client;

/** How a value a screen sets travels in a text parameter of the registry procedures (ADR 0009). */
final class WireText {

    private WireText() {
    }

    /** {@code TRUE} or {@code FALSE}, as the server reads a switch. */
    static String of(boolean value) {
        return value ? "TRUE" : "FALSE";
    }
}
