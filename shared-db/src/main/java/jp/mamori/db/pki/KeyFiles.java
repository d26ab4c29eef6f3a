package jp.mamori.db.pki;

/**
 * The key file (PKCS#12) of a staff member or terminal is a possession factor, like a card: its
 * store password is this fixed, public value, and protection comes from file permissions, the
 * designated terminal and the server-checked password with lock-out (ADR 0002). Were it the login
 * password, a copied file could be attacked offline and wrong passwords would never reach the
 * server's lock-out.
 */
public final class KeyFiles {

    /** Store password of staff key files. Not a secret. */
    public static final String STAFF_STORE_PASSWORD = "mamori-staff-key";

    private KeyFiles() {
    }

    public static char[] staffStorePassword() {
        return STAFF_STORE_PASSWORD.toCharArray();
    }
}
