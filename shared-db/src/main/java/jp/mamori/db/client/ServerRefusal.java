package jp.mamori.db.client;

import java.util.List;
import java.util.Objects;
import jp.mamori.db.contract.RefusalCode;

/**
 * The server refused or could not perform a call. {@link #refusalCode()} is the contract's code
 * (ADR 0014) that the client maps to a Japanese message; {@code args} fill its placeholders. A wire
 * code this client does not know becomes {@link RefusalCode#UNKNOWN} and keeps the code it received
 * in {@link #code()}. Never carries a stack trace to a clerk.
 */
public final class ServerRefusal extends RuntimeException {

    private final RefusalCode refusalCode;
    private final String code;
    private final List<String> args;

    public ServerRefusal(RefusalCode refusalCode, List<String> args, Throwable cause) {
        this(refusalCode, Objects.requireNonNull(refusalCode, "refusalCode").wire(), args, cause);
    }

    /**
     * A refusal by its wire code, as it arrives from the server: an unknown code becomes
     * {@link RefusalCode#UNKNOWN} and is kept as it came.
     */
    public ServerRefusal(String wireCode, List<String> args, Throwable cause) {
        this(RefusalCode.ofWire(wireCode).orElse(RefusalCode.UNKNOWN), wireCode == null ? "" : wireCode, args, cause);
    }

    private ServerRefusal(RefusalCode refusalCode, String code, List<String> args, Throwable cause) {
        super(code, cause);
        this.refusalCode = refusalCode;
        this.code = code;
        this.args = List.copyOf(args);
    }

    /** The contract's code; {@link RefusalCode#UNKNOWN} for a code this client does not know. */
    public RefusalCode refusalCode() {
        return refusalCode;
    }

    /** The code as it came over the wire (for {@link RefusalCode#UNKNOWN}, the code the server sent). */
    public String code() {
        return code;
    }

    public List<String> args() {
        return args;
    }

    /** Whether the refusal is {@code code}. */
    public boolean is(RefusalCode code) {
        return refusalCode == code;
    }
}
