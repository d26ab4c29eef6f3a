package jp.mamori.db.client;

import java.util.List;

/**
 * The server refused or could not perform a call. {@code code} is a stable key (e.g.
 * {@code denied.role}, {@code conflict.version}, {@code connection.lost}) that the client maps to
 * a Japanese message; {@code args} fill its placeholders. Never carries a stack trace to a clerk.
 */
public final class ServerRefusal extends RuntimeException {

    private final String code;
    private final List<String> args;

    public ServerRefusal(String code, List<String> args, Throwable cause) {
        super(code, cause);
        this.code = code;
        this.args = List.copyOf(args);
    }

    public String code() {
        return code;
    }

    public List<String> args() {
        return args;
    }
}
