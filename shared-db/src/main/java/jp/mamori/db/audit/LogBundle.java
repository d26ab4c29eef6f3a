package jp.mamori.db.audit;

import java.util.List;

/**
 * File names of an exported audit log bundle (ADR 0005). Every file except the manifest and its
 * signature is listed, with its SHA-256, in {@link #MANIFEST}; {@link #MANIFEST_SIGNATURE} is a
 * detached CMS signature over the manifest made with the audit signing key.
 */
public final class LogBundle {

    /** The rows, RFC 4180 CSV, UTF-8 without BOM, header row, columns as in AUDIT_LOG. */
    public static final String AUDIT_LOG = "audit-log.csv";
    /** The signed checkpoints that fall in the exported range (from the row before it). */
    public static final String CHECKPOINTS = "checkpoints.csv";
    /** {@code first_seq} and {@code prev_hash} of the first exported row. */
    public static final String CHAIN_START = "chain-start.txt";
    /** The CA certificate, PEM. */
    public static final String CA = "ca.pem";
    /** The audit signing certificate, PEM. */
    public static final String SIGNER = "signer.pem";
    /** How to verify the bundle, in Japanese. */
    public static final String README = "README.txt";
    /** {@code <sha256>  <file>} lines, as {@code sha256sum -c} reads them. */
    public static final String MANIFEST = "MANIFEST.sha256";
    /** Detached CMS signature (DER) over {@link #MANIFEST}. */
    public static final String MANIFEST_SIGNATURE = "MANIFEST.sha256.p7s";

    /** The files the manifest must list, in the order it lists them. */
    public static final List<String> LISTED_FILES = List.of(AUDIT_LOG, CHECKPOINTS, CHAIN_START, CA, SIGNER, README);

    private LogBundle() {
    }
}
