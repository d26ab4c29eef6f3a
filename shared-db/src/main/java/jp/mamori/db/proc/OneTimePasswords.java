package jp.mamori.db.proc;

import java.security.SecureRandom;

/**
 * One-time passwords the server makes (first administrator, reset): 16 characters from 31 that
 * cannot be mistaken for one another when read off a screen (no 0/O, 1/l/I), about 79 bits. Shown
 * once, stored only as an Argon2id hash, to be changed at the next login (ADR 0015).
 */
public final class OneTimePasswords {

    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final int LENGTH = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private OneTimePasswords() {
    }

    /** A new one-time password, in groups of four for reading aloud: {@code abcd-efgh-jkmn-pqrs}. */
    public static char[] generate() {
        char[] out = new char[LENGTH + LENGTH / 4 - 1];
        int pos = 0;
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % 4 == 0) {
                out[pos++] = '-';
            }
            out[pos++] = ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length()));
        }
        return out;
    }
}
