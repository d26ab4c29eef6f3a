package jp.mamori.app.register;

/** What the register screen knows about the typed 団体内統合宛名番号. */
public enum NumberState {
    /** No acceptable number yet, or not looked up since it was typed. */
    UNCHECKED,
    /** The look-up is under way. */
    CHECKING,
    /** No person has this number: saving registers a new person. */
    NEW,
    /** A person has this number: saving joins them. */
    EXISTING
}
