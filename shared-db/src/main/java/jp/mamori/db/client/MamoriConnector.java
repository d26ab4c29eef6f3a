package jp.mamori.db.client;

import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.ProviderException;
import java.security.cert.X509Certificate;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import jp.mamori.db.auth.LoginToken;
import jp.mamori.db.pki.CertificateAuthority;
import jp.mamori.db.pki.CertificateChecks;
import jp.mamori.db.pki.IssuedCredential;
import jp.mamori.db.pki.KeyFiles;
import jp.mamori.db.pki.Pem;
import jp.mamori.db.server.ClientJvm;
import jp.mamori.db.server.Realms;
import jp.mamori.db.server.TlsSetup;

/**
 * Logs a staff member in from a designated terminal: the staff key (a key file or a PKCS#11 token)
 * plus the password, signed together with the terminal's key into a {@link LoginToken} that the
 * server's realm checks.
 */
public final class MamoriConnector {

    static {
        ClientJvm.configure();
    }

    private final ClientConfig config;
    private final Clock clock;

    public MamoriConnector(ClientConfig config) {
        this(config, Clock.systemUTC());
    }

    public MamoriConnector(ClientConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    /**
     * Logs in with a staff key file.
     *
     * @param staffKeyFile the staff member's PKCS#12 key file
     * @param password     the login password (checked by the server only)
     */
    public MamoriSession login(Path staffKeyFile, char[] password) throws LoginException {
        return login(new StaffKeySource.KeyFile(staffKeyFile), password);
    }

    /**
     * Logs in. A PKCS#11 token stays logged in while the session is open, so that
     * {@link MamoriSession#reauthenticate(char[])} can sign again without the PIN; closing the
     * session, or a failed login, logs the token out.
     *
     * @param source   where the staff key is: a key file or a PKCS#11 token with its PIN
     * @param password the login password (checked by the server only)
     */
    public MamoriSession login(StaffKeySource source, char[] password) throws LoginException {
        X509Certificate ca = trustedCa();
        StaffKey staff = openStaffKey(source, ca);
        try {
            if (!CertificateChecks.issuedBy(staff.certificate(), ca)) {
                throw new LoginException(LoginFailure.CREDENTIAL_UNREADABLE);
            }
            Identity identity = identity(staff);
            // An expired certificate is sent all the same: the server decides and audits the attempt.
            Connection connection = connect(identity, password);
            return RemoteSession.open(this, identity, connection);
        } catch (LoginException | RuntimeException e) {
            staff.close();
            throw e;
        }
    }

    /** Opens one authenticated connection with a fresh token. */
    Connection connect(Identity identity, char[] password) throws LoginException {
        LoginToken token;
        try {
            StaffKey staff = identity.staff();
            token = LoginToken.create(identity.userName(), identity.terminalId(), password,
                    staff.key(), staff.provider(), staff.certificate(),
                    identity.terminal().key(), identity.terminal().certificate(), Instant.now(clock));
        } catch (GeneralSecurityException | ProviderException e) {
            throw new LoginException(identity.staff().signingFailure(), e);
        }
        try {
            return DriverManager.getConnection(config.server().jdbcUrl(Realms.STAFF), identity.userName(),
                    token.encode());
        } catch (SQLException e) {
            throw new LoginException(ConnectionFailures.loginFailure(e), e);
        }
    }

    ServerAddress server() {
        return config.server();
    }

    private X509Certificate trustedCa() throws LoginException {
        try {
            X509Certificate ca = Pem.read(config.caCertificate());
            TlsSetup.installClient(ca);
            return ca;
        } catch (IOException | RuntimeException e) {
            throw new LoginException(LoginFailure.SERVER_UNTRUSTED, e);
        }
    }

    private StaffKey openStaffKey(StaffKeySource source, X509Certificate ca) throws LoginException {
        if (source instanceof StaffKeySource.Pkcs11Token token) {
            return Pkcs11Tokens.open(token, ca, clock.instant());
        }
        return readKeyFile(((StaffKeySource.KeyFile) source).pkcs12());
    }

    private static StaffKey readKeyFile(Path staffKeyFile) throws LoginException {
        try {
            return StaffKey.inMemory(IssuedCredential.readPkcs12(staffKeyFile, KeyFiles.staffStorePassword()));
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            throw new LoginException(LoginFailure.CREDENTIAL_UNREADABLE, e);
        }
    }

    private Identity identity(StaffKey staff) throws LoginException {
        IssuedCredential terminal;
        try {
            terminal = IssuedCredential.readPkcs12(config.terminalKeystore(), config.terminalKeystorePassword());
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            throw new LoginException(LoginFailure.TERMINAL_NOT_DESIGNATED, e);
        }
        return new Identity(CertificateAuthority.commonName(staff.certificate()),
                CertificateAuthority.commonName(terminal.certificate()), staff, terminal);
    }

    /** The keys a session keeps to re-authenticate and reconnect; a token key stays on its token. */
    record Identity(String userName, String terminalId, StaffKey staff, IssuedCredential terminal) {
    }
}
