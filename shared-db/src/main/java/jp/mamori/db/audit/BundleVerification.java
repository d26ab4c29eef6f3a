package jp.mamori.db.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything {@link LogBundleReader#verify} found about a bundle.
 *
 * @param manifest                the recomputed file hashes
 * @param manifestSignatureValid  the CMS signature over the manifest verifies with the pinned audit
 *                                signing certificate, and with no other
 * @param signerPinned            the bundle's {@code signer.pem} is the pinned audit signing
 *                                certificate (fingerprint and audit-signing extended key usage)
 * @param chain                   the chain verification against checkpoints signed by the pinned
 *                                key, if the signer was pinned and the files could be read
 * @param coverage                which rows checkpoints vouch, if the chain could be read
 * @param formatProblem           why a file could not be read, if one could not
 */
public record BundleVerification(ManifestCheck manifest, boolean manifestSignatureValid, boolean signerPinned,
        Optional<VerificationReport> chain, Optional<CheckpointCoverage> coverage, Optional<String> formatProblem) {

    public BundleVerification {
        Objects.requireNonNull(manifest, "manifest");
        Objects.requireNonNull(chain, "chain");
        Objects.requireNonNull(coverage, "coverage");
        Objects.requireNonNull(formatProblem, "formatProblem");
    }

    /** True only if every check passed and every row is vouched by a checkpoint. */
    public boolean ok() {
        return manifest.ok() && manifestSignatureValid && signerPinned && formatProblem.isEmpty()
                && chain.map(VerificationReport::ok).orElse(false)
                && coverage.map(CheckpointCoverage::covered).orElse(false);
    }

    /** Japanese report lines for the security officer. */
    public List<String> describe() {
        List<String> lines = new ArrayList<>(manifest.describe());
        if (!signerPinned) {
            lines.add(LogBundle.SIGNER + ": 監査署名証明書が、指定されたフィンガープリントの mamori 監査署名証明書では"
                    + "ありません。別の証明書（職員・端末の証明書など）で署名された書き出しは信頼できません。");
        }
        if (!manifestSignatureValid) {
            lines.add(LogBundle.MANIFEST_SIGNATURE + ": ハッシュ値の一覧への署名を、mamori 監査署名証明書で検証できません。");
        }
        formatProblem.ifPresent(p -> lines.add("読み取れないファイルがあります: " + p));
        chain.ifPresent(report -> lines.add(report.summary()));
        coverage.ifPresent(c -> lines.addAll(c.describe()));
        if (ok()) {
            lines.add(0, "検証に成功しました。");
        }
        return lines;
    }
}
