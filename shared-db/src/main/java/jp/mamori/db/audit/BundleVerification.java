package jp.mamori.db.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything {@link LogBundleReader#verify} found about a bundle.
 *
 * @param manifest                the recomputed file hashes
 * @param manifestSignatureValid  the CMS signature over the manifest verifies with a certificate
 *                                issued by the trusted CA
 * @param signerTrusted           the bundle's signer certificate was issued by the trusted CA
 * @param chain                   the chain verification, if the files could be read
 * @param formatProblem           why a file could not be read, if one could not
 */
public record BundleVerification(ManifestCheck manifest, boolean manifestSignatureValid, boolean signerTrusted,
        Optional<VerificationReport> chain, Optional<String> formatProblem) {

    public BundleVerification {
        Objects.requireNonNull(manifest, "manifest");
        Objects.requireNonNull(chain, "chain");
        Objects.requireNonNull(formatProblem, "formatProblem");
    }

    /** True only if every check passed. */
    public boolean ok() {
        return manifest.ok() && manifestSignatureValid && signerTrusted && formatProblem.isEmpty()
                && chain.map(VerificationReport::ok).orElse(false);
    }

    /** Japanese report lines for the security officer. */
    public List<String> describe() {
        List<String> lines = new ArrayList<>(manifest.describe());
        if (!manifestSignatureValid) {
            lines.add(LogBundle.MANIFEST_SIGNATURE + ": ハッシュ値の一覧への署名を、信頼する認証局の証明書で検証できません。");
        }
        if (!signerTrusted) {
            lines.add(LogBundle.SIGNER + ": 監査署名証明書が、信頼する認証局から発行されたものではありません。");
        }
        formatProblem.ifPresent(p -> lines.add("読み取れないファイルがあります: " + p));
        chain.ifPresent(report -> lines.add(report.summary()));
        if (ok()) {
            lines.add(0, "検証に成功しました。");
        }
        return lines;
    }
}
