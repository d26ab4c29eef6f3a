package jp.mamori.db.text;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The outcome of parsing one input field: either the normalised value or a rejection with its
 * {@link InputError} and message arguments. Parsers return this instead of throwing.
 *
 * @param <T> the type of an accepted value
 */
public sealed interface ParseResult<T> permits ParseResult.Accepted, ParseResult.Rejected {

    /** An accepted, normalised value. */
    static <T> ParseResult<T> accepted(T value) {
        return new Accepted<>(value);
    }

    /**
     * A rejection; the number of arguments must match {@link InputError#argumentCount()}.
     *
     * @throws IllegalArgumentException if the argument count does not match (a programming error)
     */
    static <T> ParseResult<T> rejected(InputError error, String... arguments) {
        return new Rejected<>(error, List.of(arguments));
    }

    /** True if the input was accepted. */
    boolean isAccepted();

    /** The accepted value, or empty. */
    Optional<T> toOptional();

    /** The rejection, or empty. */
    Optional<Rejected<T>> rejection();

    /** Maps an accepted value; a rejection passes through unchanged. */
    <U> ParseResult<U> map(Function<? super T, ? extends U> mapper);

    /**
     * The accepted value.
     *
     * @throws IllegalStateException if rejected; the exception message names only the reason key,
     *                               never the input
     */
    T orElseThrow();

    /** An accepted value. */
    record Accepted<T>(T value) implements ParseResult<T> {
        public Accepted {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public boolean isAccepted() {
            return true;
        }

        @Override
        public Optional<T> toOptional() {
            return Optional.of(value);
        }

        @Override
        public Optional<Rejected<T>> rejection() {
            return Optional.empty();
        }

        @Override
        public <U> ParseResult<U> map(Function<? super T, ? extends U> mapper) {
            return new Accepted<>(mapper.apply(value));
        }

        @Override
        public T orElseThrow() {
            return value;
        }
    }

    /** A rejection: the reason and the arguments for its message. */
    record Rejected<T>(InputError error, List<String> arguments) implements ParseResult<T> {
        public Rejected {
            Objects.requireNonNull(error, "error");
            arguments = List.copyOf(arguments);
            if (arguments.size() != error.argumentCount()) {
                throw new IllegalArgumentException(error + " takes " + error.argumentCount()
                        + " arguments, got " + arguments.size());
            }
        }

        /** The message key of the reason. */
        public String messageKey() {
            return error.key();
        }

        /** The Japanese default message with the arguments filled in. */
        public String message() {
            return error.format(arguments);
        }

        @Override
        public boolean isAccepted() {
            return false;
        }

        @Override
        public Optional<T> toOptional() {
            return Optional.empty();
        }

        @Override
        public Optional<Rejected<T>> rejection() {
            return Optional.of(this);
        }

        @Override
        public <U> ParseResult<U> map(Function<? super T, ? extends U> mapper) {
            return new Rejected<>(error, arguments);
        }

        @Override
        public T orElseThrow() {
            throw new IllegalStateException("input rejected: " + error.key());
        }
    }
}
