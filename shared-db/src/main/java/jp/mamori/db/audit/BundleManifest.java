package jp.mamori.db.audit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The {@code MANIFEST.sha256} of a bundle: {@code <sha256>  <file>} lines, as sha256sum writes them. */
final class BundleManifest {

    private static final Pattern LINE = Pattern.compile("([0-9a-f]{64}) [ *]([^/\\\\]+)");

    private BundleManifest() {
    }

    /** The manifest text for the given file hashes, in map order, LF line ends. */
    static byte[] render(Map<String, String> sha256ByFile) {
        StringBuilder text = new StringBuilder();
        sha256ByFile.forEach((file, sha) -> text.append(sha).append("  ").append(file).append('\n'));
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String sha256(byte[] content) {
        return HexFormat.of().formatHex(ChainHash.sha256().digest(content));
    }

    static String sha256(Path file) throws IOException {
        MessageDigest sha = ChainHash.sha256();
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                sha.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** Recomputes every listed file's hash in {@code directory}. */
    static ManifestCheck check(Path directory) throws IOException {
        Path manifest = directory.resolve(LogBundle.MANIFEST);
        List<String> changed = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<String> unlisted = new ArrayList<>();
        List<Integer> malformed = new ArrayList<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(manifest, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return new ManifestCheck(List.of(), List.of(LogBundle.MANIFEST), List.of(), List.of());
        }
        Map<String, String> listed = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = LINE.matcher(lines.get(i));
            if (!m.matches() || listed.putIfAbsent(m.group(2), m.group(1)) != null) {
                malformed.add(i + 1);
            }
        }
        for (Map.Entry<String, String> entry : listed.entrySet()) {
            Path file = directory.resolve(entry.getKey());
            if (!Files.isRegularFile(file)) {
                missing.add(entry.getKey());
            } else if (!sha256(file).equals(entry.getValue())) {
                changed.add(entry.getKey());
            }
        }
        for (String required : LogBundle.LISTED_FILES) {
            if (!listed.containsKey(required)) {
                unlisted.add(required);
                if (!Files.isRegularFile(directory.resolve(required))) {
                    missing.add(required);
                }
            }
        }
        return new ManifestCheck(changed, missing, unlisted, malformed);
    }
}
