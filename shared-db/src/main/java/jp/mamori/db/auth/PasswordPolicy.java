package jp.mamori.db.auth;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import jp.mamori.db.contract.ArgumentError;

/**
 * What a new password must be, after NIST SP 800-63B-4 (3.1.1.2) — the key file is the second
 * factor (ADR 0002, 0015): at least {@value #MIN_LENGTH} and at most {@value #MAX_LENGTH} characters
 * counted as Unicode code points after NFKC normalisation; any characters, Japanese included; no
 * composition rules and no periodic expiry; refused when it is on the bundled list of common
 * passwords, made of one repeated character or a run of consecutive characters, or contains a
 * context word (the login id, a part of the person's name, the organisation's name, "mamori").
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;
    /** Context-word parts shorter than this are not looked for (a one-letter name part is everywhere). */
    private static final int MIN_CONTEXT_LENGTH = 2;
    private static final Set<String> SERVICE_WORDS = Set.of("mamori", "まもり", "マモリ", "守り");
    private static final Set<String> COMMON = load("common-passwords.txt");

    /** Why a password is refused; each is a stable key of an input message. */
    public enum Problem {
        TOO_SHORT(ArgumentError.PASSWORD_TOO_SHORT),
        TOO_LONG(ArgumentError.PASSWORD_TOO_LONG),
        COMMON(ArgumentError.PASSWORD_COMMON),
        REPETITIVE(ArgumentError.PASSWORD_REPETITIVE),
        CONTEXT(ArgumentError.PASSWORD_CONTEXT);

        private final ArgumentError error;

        Problem(ArgumentError error) {
            this.error = error;
        }

        /** The input key sent with {@code invalid.input}. */
        public String messageKey() {
            return error.key();
        }
    }

    private PasswordPolicy() {
    }

    /**
     * The first problem of a new password, or empty when it may be used.
     *
     * @param password     the new password
     * @param contextWords login id, name, organisation name; blank ones are ignored
     */
    public static Optional<Problem> check(char[] password, Collection<String> contextWords) {
        String normalised = normalise(new String(password));
        int length = normalised.codePointCount(0, normalised.length());
        if (length < MIN_LENGTH) {
            return Optional.of(Problem.TOO_SHORT);
        }
        if (length > MAX_LENGTH) {
            return Optional.of(Problem.TOO_LONG);
        }
        String folded = normalised.toLowerCase(Locale.ROOT);
        if (COMMON.contains(folded)) {
            return Optional.of(Problem.COMMON);
        }
        if (repetitiveOrSequential(folded)) {
            return Optional.of(Problem.REPETITIVE);
        }
        String compact = folded.replaceAll("\\s", "");
        for (String word : contextParts(contextWords)) {
            if (compact.contains(word)) {
                return Optional.of(Problem.CONTEXT);
            }
        }
        return Optional.empty();
    }

    /** NFKC, as the hasher applies it: full- and half-width forms of the same text are one password. */
    static String normalise(String password) {
        return Normalizer.normalize(password, Normalizer.Form.NFKC);
    }

    private static Set<String> contextParts(Collection<String> contextWords) {
        Set<String> parts = new HashSet<>(SERVICE_WORDS);
        for (String word : contextWords) {
            if (word == null) {
                continue;
            }
            String folded = normalise(word).toLowerCase(Locale.ROOT);
            addPart(parts, folded.replaceAll("\\s", ""));
            for (String part : folded.split("[\\s._\\-@]+")) {
                addPart(parts, part);
            }
        }
        return parts;
    }

    private static void addPart(Set<String> parts, String part) {
        if (part.codePointCount(0, part.length()) >= MIN_CONTEXT_LENGTH) {
            parts.add(part);
        }
    }

    /** One character repeated, or each code point one more (or one less) than the one before. */
    private static boolean repetitiveOrSequential(String folded) {
        int[] cps = folded.codePoints().toArray();
        boolean same = true;
        boolean up = true;
        boolean down = true;
        for (int i = 1; i < cps.length; i++) {
            same &= cps[i] == cps[i - 1];
            up &= cps[i] == cps[i - 1] + 1;
            down &= cps[i] == cps[i - 1] - 1;
        }
        return same || up || down;
    }

    private static Set<String> load(String resource) {
        Set<String> words = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("password blocklist missing: " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(normalise(word).toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
