package jp.mamori.db.domain;

import java.util.List;

/**
 * A section's flag worklist, oldest first.
 *
 * @param items     the items
 * @param truncated whether more items exist than the server returns at once
 */
public record Worklist(List<FlagWorkItem> items, boolean truncated) {

    public Worklist {
        items = List.copyOf(items);
    }
}
