package jp.mamori.app.login;

/** Where the staff member's key and 利用者証明書 come from. */
public enum CredentialSource {
    /** A PKCS#12 file. */
    PKCS12_FILE,
    /** A PKCS#11 token (IC card). Not supported by this client yet. */
    PKCS11_TOKEN
}
