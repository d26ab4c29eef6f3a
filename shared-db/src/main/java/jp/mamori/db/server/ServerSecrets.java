package jp.mamori.db.server;

import java.io.IOException;
import java.nio.file.Files;
import java.security.SecureRandom;
import java.util.Base64;
import jp.mamori.db.pki.SecureFiles;

/** Random secrets of a server, each in an owner-only file under {@code secrets/}. */
public final class ServerSecrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private ServerSecrets() {
    }

    /** A new random secret of 256 bits, URL-safe Base64. */
    public static char[] newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes).toCharArray();
    }

    static void write(java.nio.file.Path file, char[] secret) throws IOException {
        SecureFiles.writeOwnerOnly(file, new String(secret));
    }

    static char[] read(java.nio.file.Path file) throws IOException {
        return Files.readString(file).strip().toCharArray();
    }
}
