package jp.mamori.db.client;

/** A login that did not succeed, with the reason the user is told. */
public final class LoginException extends Exception {

    private final LoginFailure failure;

    public LoginException(LoginFailure failure, Throwable cause) {
        super(failure.name(), cause);
        this.failure = failure;
    }

    public LoginException(LoginFailure failure) {
        this(failure, null);
    }

    public LoginFailure failure() {
        return failure;
    }
}
