package jp.mamori.db.testing;

import java.time.Instant;
import jp.mamori.db.pki.LoginToken;
import jp.mamori.db.client.ClientConfig;
import jp.mamori.db.demo.DemoUser;
import jp.mamori.db.pki.IssuedCredential;
import jp.mamori.db.pki.KeyFiles;

/** Login tokens made from demo key files, as an insider with those files could make them. */
public final class Tokens {

    private Tokens() {
    }

    public static IssuedCredential staffKey(String user) throws Exception {
        return IssuedCredential.readPkcs12(TestServer.user(user).pkcs12(), KeyFiles.staffStorePassword());
    }

    public static IssuedCredential terminalKey() throws Exception {
        ClientConfig config = TestServer.clientConfig();
        return IssuedCredential.readPkcs12(config.terminalKeystore(), config.terminalKeystorePassword());
    }

    /** A valid token of the user, on the demo terminal, issued at {@code at}. */
    public static LoginToken token(String user, Instant at) throws Exception {
        DemoUser demo = TestServer.user(user);
        IssuedCredential staff = staffKey(user);
        IssuedCredential terminal = terminalKey();
        return LoginToken.create(user, "DEMO-PC01", demo.password().toCharArray(), staff.key(), staff.certificate(),
                terminal.key(), terminal.certificate(), at);
    }

    public static String fresh(String user) throws Exception {
        return token(user, Instant.now()).encode();
    }
}
