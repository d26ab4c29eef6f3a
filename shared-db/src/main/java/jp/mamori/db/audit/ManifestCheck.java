package jp.mamori.db.audit;

import java.util.ArrayList;
import java.util.List;

/**
 * Result of recomputing the SHA-256 of every file a bundle's manifest lists.
 *
 * @param changed        listed files whose content no longer has the listed hash
 * @param missing        listed or required files that are absent (including the manifest)
 * @param unlisted       required files the manifest does not list
 * @param malformedLines 1-based numbers of manifest lines that are not {@code <sha256>  <file>}
 */
public record ManifestCheck(List<String> changed, List<String> missing, List<String> unlisted,
        List<Integer> malformedLines) {

    public ManifestCheck {
        changed = List.copyOf(changed);
        missing = List.copyOf(missing);
        unlisted = List.copyOf(unlisted);
        malformedLines = List.copyOf(malformedLines);
    }

    public boolean ok() {
        return changed.isEmpty() && missing.isEmpty() && unlisted.isEmpty() && malformedLines.isEmpty();
    }

    /** One Japanese line per problem, naming the file. */
    public List<String> describe() {
        List<String> lines = new ArrayList<>();
        changed.forEach(f -> lines.add(f + ": ハッシュ値が一覧と一致しません（書き出し後に変更されています）。"));
        missing.forEach(f -> lines.add(f + ": ファイルがありません。"));
        unlisted.forEach(f -> lines.add(f + ": ハッシュ値の一覧に載っていません。"));
        malformedLines.forEach(n -> lines.add(LogBundle.MANIFEST + " の " + n + " 行目の形式が正しくありません。"));
        return lines;
    }
}
