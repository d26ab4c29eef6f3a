package jp.mamori.db.client;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.AuthProvider;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.Provider;
import java.security.ProviderException;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;
import jp.mamori.db.pki.CertificationRequest;
import jp.mamori.db.pki.IssuedCredential;
import jp.mamori.db.pki.KeyFiles;
import jp.mamori.db.pki.Pem;

/**
 * 鍵の発行 on the administrator's terminal (ADR 0015): the key pair is made here — in software, then
 * written as a PKCS#12 key file where the administrator chooses, or on an IC card through PKCS#11,
 * where it never leaves the card. Only a PKCS#10 request (the public key, the login id, signed by the
 * new key) goes to the server; the certificate comes back. The private key never passes through the
 * database. Renewal is the same call with a new key: the old certificate stays valid until revoked or
 * expired.
 */
public final class StaffKeyIssuer {

    private static final String CURVE = "secp256r1";
    private static final String SIGNATURE = "SHA256withECDSA";

    private final StaffAdminApi api;
    private final String screen;

    public StaffKeyIssuer(StaffAdminApi api, String screen) {
        this.api = api;
        this.screen = screen;
    }

    /**
     * A new key in software and its certificate, written to {@code keyFile} (which must not exist
     * yet) with the fixed store password of staff key files ({@link KeyFiles}).
     *
     * @throws ServerRefusal when the server refuses (nothing is written then)
     */
    public X509Certificate issueToFile(String userName, Path keyFile, X509Certificate caCertificate)
            throws IOException, GeneralSecurityException {
        if (Files.exists(keyFile)) {
            throw new IOException("the key file exists already: " + keyFile.getFileName());
        }
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec(CURVE), new SecureRandom());
        KeyPair pair = generator.generateKeyPair();
        X509Certificate certificate = certify(userName, pair, null);
        new IssuedCredential(pair.getPrivate(), certificate, caCertificate)
                .writePkcs12(keyFile, KeyFiles.staffStorePassword());
        return certificate;
    }

    /**
     * A new key made on the IC card and its certificate stored beside it under {@code alias}. The card
     * is unlocked with the token's PIN and logged out afterwards.
     *
     * @throws LoginException when the card cannot be opened (wrong PIN, no card)
     */
    public X509Certificate issueToToken(String userName, StaffKeySource.Pkcs11Token token, String alias,
            X509Certificate caCertificate) throws LoginException, IOException, GeneralSecurityException {
        AuthProvider provider = Pkcs11Tokens.unlocked(token);
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", provider);
            generator.initialize(new ECGenParameterSpec(CURVE));
            KeyPair pair = generator.generateKeyPair();
            X509Certificate certificate = certify(userName, pair, provider);
            KeyStore store = KeyStore.getInstance("PKCS11", provider);
            store.load(null, token.pin());
            store.setKeyEntry(alias, pair.getPrivate(), null, new Certificate[] {certificate, caCertificate});
            return certificate;
        } catch (ProviderException e) {
            throw new GeneralSecurityException("the token refused the key", e);
        } finally {
            StaffKey.logout(provider);
        }
    }

    /** The PKCS#10 request of a key pair for {@code userName}, signed with its private key. */
    public static PKCS10CertificationRequest request(String userName, KeyPair pair, Provider signingProvider)
            throws GeneralSecurityException {
        try {
            JcaContentSignerBuilder builder = new JcaContentSignerBuilder(SIGNATURE);
            if (signingProvider != null) {
                builder.setProvider(signingProvider);
            }
            ContentSigner signer = builder.build(pair.getPrivate());
            return new JcaPKCS10CertificationRequestBuilder(
                    new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, userName).build(), pair.getPublic())
                    .build(signer);
        } catch (OperatorCreationException e) {
            throw new GeneralSecurityException("the request cannot be signed", e);
        }
    }

    private X509Certificate certify(String userName, KeyPair pair, Provider provider)
            throws IOException, GeneralSecurityException {
        String pem = CertificationRequest.pem(request(userName, pair, provider));
        return Pem.parse(api.issueCertificate(screen, userName, pem).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

}
