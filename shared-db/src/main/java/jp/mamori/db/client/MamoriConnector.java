package jp.mamori.db.client;

import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
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
import jp.mamori.db.server.Realms;
import jp.mamori.db.server.TlsSetup;

/**
 * Logs a staff member in from a designated terminal: the staff key file plus the password, signed
 * together with the terminal's key into a {@link LoginToken} that the server's realm checks.
 */
public final class MamoriConnector {

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
     * Logs in.
     *
     * @param staffKeyFile the staff member's PKCS#12 key file
     * @param password     the login password (checked by the server only)
     */
    public MamoriSession login(Path staffKeyFile, char[] password) throws LoginException {
        Identity identity = identity(staffKeyFile);
        if (!CertificateChecks.validAt(identity.staff().certificate(), clock.instant())) {
            throw new LoginException(LoginFailure.CERTIFICATE_EXPIRED);
        }
        Connection connection = connect(identity, password);
        return RemoteSession.open(this, identity, connection);
    }

    /** Opens one authenticated connection with a fresh token. */
    Connection connect(Identity identity, char[] password) throws LoginException {
        try {
            LoginToken token = LoginToken.create(identity.userName(), identity.terminalId(), password,
                    identity.staff().key(), identity.staff().certificate(),
                    identity.terminal().key(), identity.terminal().certificate(), Instant.now(clock));
            return DriverManager.getConnection(config.server().jdbcUrl(Realms.STAFF), identity.userName(),
                    token.encode());
        } catch (GeneralSecurityException e) {
            throw new LoginException(LoginFailure.CREDENTIAL_UNREADABLE, e);
        } catch (SQLException e) {
            throw new LoginException(ConnectionFailures.loginFailure(e), e);
        }
    }

    ServerAddress server() {
        return config.server();
    }

    private Identity identity(Path staffKeyFile) throws LoginException {
        X509Certificate ca;
        try {
            ca = Pem.read(config.caCertificate());
            TlsSetup.installClient(ca);
        } catch (IOException | RuntimeException e) {
            throw new LoginException(LoginFailure.SERVER_UNTRUSTED, e);
        }
        IssuedCredential staff;
        try {
            staff = IssuedCredential.readPkcs12(staffKeyFile, KeyFiles.staffStorePassword());
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            throw new LoginException(LoginFailure.CREDENTIAL_UNREADABLE, e);
        }
        if (!CertificateChecks.issuedBy(staff.certificate(), ca)) {
            throw new LoginException(LoginFailure.CREDENTIAL_UNREADABLE);
        }
        IssuedCredential terminal;
        try {
            terminal = IssuedCredential.readPkcs12(config.terminalKeystore(), config.terminalKeystorePassword());
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            throw new LoginException(LoginFailure.TERMINAL_NOT_DESIGNATED, e);
        }
        return new Identity(CertificateAuthority.commonName(staff.certificate()),
                CertificateAuthority.commonName(terminal.certificate()), staff, terminal);
    }

    /** The keys a session keeps in memory to re-authenticate and reconnect. */
    record Identity(String userName, String terminalId, IssuedCredential staff, IssuedCredential terminal) {
    }
}
