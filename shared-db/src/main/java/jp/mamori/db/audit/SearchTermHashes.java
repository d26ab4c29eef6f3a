package jp.mamori.db.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import jp.mamori.db.pki.SecureFiles;
import jp.mamori.db.text.AddresseeNumber;
import jp.mamori.db.text.KanaName;
import jp.mamori.db.text.KanjiName;
import jp.mamori.db.text.SearchKeys;

/**
 * Keyed hashes of what a clerk searched for (ADR 0013). The audit log never holds a name, kana
 * reading or addressee number that was searched for; it holds HMAC-SHA-256 of the search-folded
 * term under a key that lives in the server's {@code secrets/} directory, not in the database.
 * Whoever holds the log (or a backup of the database) cannot test guesses; the server, asked by an
 * audited procedure, computes the hash of a given name with {@link #typedName(String)} and finds
 * the rows that searched for it.
 *
 * <p>A name is hashed over its search key ({@link SearchKeys}), so 髙橋/高橋, ｶﾞ/ガ and spacing
 * variants give the same hash; kana and kanji terms are kept apart by a domain tag, as the search
 * itself does.
 */
public final class SearchTermHashes {

    /** Bytes of a new key. */
    static final int KEY_BYTES = 32;
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    public SearchTermHashes(byte[] key) {
        if (key.length < KEY_BYTES) {
            throw new IllegalArgumentException("the search-term key must have at least " + KEY_BYTES + " bytes");
        }
        this.key = new SecretKeySpec(key.clone(), ALGORITHM);
    }

    /** Writes a new random key to an owner-only file. */
    public static void createKey(Path file) throws IOException {
        byte[] bytes = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(bytes);
        SecureFiles.writeOwnerOnly(file, Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** Reads the key written by {@link #createKey(Path)}. */
    public static SearchTermHashes load(Path file) throws IOException {
        try {
            return new SearchTermHashes(Base64.getUrlDecoder().decode(Files.readString(file).strip()));
        } catch (IllegalArgumentException e) {
            throw new IOException("the search-term key file is malformed", e);
        }
    }

    /** Hash of a folded name key as the search used it: {@code kana} for a kana key, else a kanji key. */
    public String nameKey(boolean kana, String foldedKey) {
        return hash(kana ? "kana" : "name", foldedKey);
    }

    /** Hash of a normalised 団体内統合宛名番号. */
    public String number(String normalisedNumber) {
        return hash("number", normalisedNumber);
    }

    /**
     * The hash a search for {@code typed} left in the log, read as the search reads it: kana if it
     * is a valid kana name, else a kanji name; empty if it is neither.
     */
    public Optional<String> typedName(String typed) {
        var asKana = KanaName.parse(typed);
        if (asKana.isAccepted()) {
            return Optional.of(nameKey(true, SearchKeys.kanaKey(asKana.orElseThrow())));
        }
        return KanjiName.parse(typed).toOptional().map(name -> nameKey(false, SearchKeys.kanjiKey(name)));
    }

    /** The hash a search or look-up of the typed number left in the log; empty if it is no number. */
    public Optional<String> typedNumber(String typed) {
        return AddresseeNumber.parse(typed, AddresseeNumber.ABSOLUTE_MAX_LENGTH).toOptional().map(this::number);
    }

    private String hash(String domain, String value) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            mac.update(domain.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is part of every Java runtime", e);
        }
    }
}
