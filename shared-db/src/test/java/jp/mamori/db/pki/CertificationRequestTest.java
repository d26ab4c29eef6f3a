package jp.mamori.db.pki;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import jp.mamori.db.client.StaffKeyIssuer;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;
import org.junit.jupiter.api.Test;

/** The server's checks of a certification request (ADR 0015). */
class CertificationRequestTest {

    private static KeyPair ec(String curve) throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(new ECGenParameterSpec(curve));
        return g.generateKeyPair();
    }

    @Test
    void aRequestOfTheStaffMemberWithAP256KeyIsAccepted() throws Exception {
        KeyPair pair = ec("secp256r1");
        String pem = CertificationRequest.pem(StaffKeyIssuer.request("zeimu.clerk", pair, null));
        CertificationRequest.Checked checked = CertificationRequest.check(pem, "zeimu.clerk");
        assertTrue(checked.accepted());
        assertEquals(pair.getPublic(), checked.publicKey());
        String base64 = Base64.getEncoder().encodeToString(StaffKeyIssuer.request("zeimu.clerk", pair, null).getEncoded());
        assertTrue(CertificationRequest.check(base64, "zeimu.clerk").accepted());
    }

    @Test
    void anotherSubjectIsRefused() throws Exception {
        KeyPair pair = ec("secp256r1");
        assertEquals(CertificationRequest.Problem.SUBJECT, CertificationRequest.check(
                CertificationRequest.pem(StaffKeyIssuer.request("admin", pair, null)), "zeimu.clerk").problem());
        PKCS10CertificationRequest withOrg = new JcaPKCS10CertificationRequestBuilder(
                new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.O, "other").addRDN(BCStyle.CN, "zeimu.clerk").build(),
                pair.getPublic()).build(new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate()));
        assertEquals(CertificationRequest.Problem.SUBJECT,
                CertificationRequest.check(CertificationRequest.pem(withOrg), "zeimu.clerk").problem());
    }

    @Test
    void otherKeyTypesAreRefused() throws Exception {
        KeyPair p384 = ec("secp384r1");
        assertEquals(CertificationRequest.Problem.KEY_TYPE, CertificationRequest.check(
                CertificationRequest.pem(StaffKeyIssuer.request("zeimu.clerk", p384, null)), "zeimu.clerk").problem());
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        KeyPair pair = rsa.generateKeyPair();
        PKCS10CertificationRequest request = new JcaPKCS10CertificationRequestBuilder(
                new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, "zeimu.clerk").build(), pair.getPublic())
                .build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate()));
        assertEquals(CertificationRequest.Problem.KEY_TYPE,
                CertificationRequest.check(CertificationRequest.pem(request), "zeimu.clerk").problem());
    }

    @Test
    void aRequestNotSignedByItsKeyIsRefused() throws Exception {
        KeyPair claimed = ec("secp256r1");
        KeyPair signer = ec("secp256r1");
        PKCS10CertificationRequest foreign = new JcaPKCS10CertificationRequestBuilder(
                new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, "zeimu.clerk").build(), claimed.getPublic())
                .build(new JcaContentSignerBuilder("SHA256withECDSA").build(signer.getPrivate()));
        assertEquals(CertificationRequest.Problem.SIGNATURE,
                CertificationRequest.check(CertificationRequest.pem(foreign), "zeimu.clerk").problem());
    }

    @Test
    void garbageIsMalformed() {
        for (String text : new String[] {null, "", "x", "-----BEGIN CERTIFICATE REQUEST-----\nAAAA\n",
                "A".repeat(CertificationRequest.MAX_ENCODED_LENGTH + 1), Base64.getEncoder().encodeToString(new byte[64])}) {
            assertEquals(CertificationRequest.Problem.MALFORMED, CertificationRequest.check(text, "zeimu.clerk").problem(),
                    String.valueOf(text).substring(0, Math.min(20, String.valueOf(text).length())));
        }
    }
}
