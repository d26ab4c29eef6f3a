package jp.mamori.app.session;

import jp.mamori.db.client.LoginException;
import jp.mamori.db.client.MamoriSession;
import jp.mamori.db.client.StaffKeySource;

/**
 * Logs a staff member in with their staff key — a key file (PKCS#12) or an IC card (PKCS#11)
 * — and password. In production this is {@code MamoriConnector::login}; the client depends only
 * on this seam.
 *
 * <p>Called on the background worker, never on the JavaFX thread.
 */
@FunctionalInterface
public interface LoginService {

    /**
     * @param source   where the staff key is
     * @param password the login password, checked by the server; the caller clears the array
     *                 afterwards
     * @return the authenticated session
     * @throws LoginException with the reason the user is told
     */
    MamoriSession login(StaffKeySource source, char[] password) throws LoginException;
}
