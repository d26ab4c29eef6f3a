package jp.mamori.app.admin;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import jp.mamori.app.session.TokenSettings;

/**
 * What the administrator's terminal brings to 利用者管理: the project CA certificate (written into
 * each new key file beside the person's certificate) and, if the terminal has one, its IC card reader.
 *
 * @param caCertificate PEM file of the project CA, as the terminal's configuration names it
 * @param token         the IC card reader, or empty
 * @param files         where files and folders are chosen
 */
public record AdminTools(Path caCertificate, Optional<TokenSettings> token, FileChoices files) {

    public AdminTools {
        Objects.requireNonNull(caCertificate, "caCertificate");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(files, "files");
    }

    /** With the system's file dialogs. */
    public AdminTools(Path caCertificate, Optional<TokenSettings> token) {
        this(caCertificate, token, FileChoices.SYSTEM);
    }
}
