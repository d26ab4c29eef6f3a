package jp.mamori.db.pki;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import jp.mamori.db.audit.TestPki;
import org.junit.jupiter.api.Test;

class CmsSignerTest {

    private final TestPki pki = TestPki.shared();
    private final byte[] content = "abc  audit-log.csv\n".getBytes(StandardCharsets.UTF_8);

    @Test
    void detachedSignatureVerifiesOnlyForItsContentAndIssuer() {
        byte[] signature = CmsSigner.signDetached(content, pki.signerKey(), pki.signerCertificate());
        assertTrue(CmsSigner.verifyDetached(content, signature, pki.caCertificate()));
        assertFalse(CmsSigner.verifyDetached("abd  audit-log.csv\n".getBytes(StandardCharsets.UTF_8), signature,
                pki.caCertificate()));
        assertFalse(CmsSigner.verifyDetached(content, signature, TestPki.fresh().caCertificate()));
    }

    @Test
    void garbageIsNotASignature() {
        assertFalse(CmsSigner.verifyDetached(content, new byte[] {0x30, 0x03, 0x02, 0x01, 0x00}, pki.caCertificate()));
        assertFalse(CmsSigner.verifyDetached(content, new byte[0], pki.caCertificate()));
    }

    @Test
    void signatureByACertificateThatWasNotValidWhenSigningIsRefused() {
        KeyPair keys = TestPki.ecKeyPair();
        Instant now = Instant.now();
        X509Certificate expired = pki.issue(keys, "CN=expired signer", now.minus(Duration.ofDays(30)),
                now.minus(Duration.ofDays(1)));
        byte[] signature = CmsSigner.signDetached(content, keys.getPrivate(), expired);
        assertFalse(CmsSigner.verifyDetached(content, signature, pki.caCertificate()));
    }
}
