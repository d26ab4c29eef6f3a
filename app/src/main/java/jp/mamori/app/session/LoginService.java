package jp.mamori.app.session;

import java.nio.file.Path;
import jp.mamori.db.client.LoginException;
import jp.mamori.db.client.MamoriSession;

/**
 * Logs a staff member in with their 利用者証明書 (PKCS#12) and password. In production this is
 * {@code MamoriConnector::login}; the client depends only on this seam.
 *
 * <p>Called on the background worker, never on the JavaFX thread.
 */
@FunctionalInterface
public interface LoginService {

    /**
     * @param pkcs12   the staff member's PKCS#12 file
     * @param password its password, which is also the login password; the caller clears the
     *                 array afterwards
     * @return the authenticated session
     * @throws LoginException with the reason the user is told
     */
    MamoriSession login(Path pkcs12, char[] password) throws LoginException;
}
