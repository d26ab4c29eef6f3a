package jp.mamori.app.worklist;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import jp.mamori.app.common.Messages;
import jp.mamori.app.release.ReleaseTexts;
import jp.mamori.db.domain.FlagWorkItem;
import jp.mamori.db.domain.FlagWorkKind;

/**
 * A confirmation the clerk is about to give: that the two flags (自動応答不可フラグ and
 * 不開示該当フラグ) are set — or released — for the chosen persons in the named systems.
 *
 * @param kind  設定 or 解除
 * @param items the worklist rows chosen, in list order
 */
public record FlagConfirmation(FlagWorkKind kind, List<FlagWorkItem> items) {

    /** How many persons are named at most in the confirmation; the rest are counted. */
    static final int NAMES_SHOWN = 8;

    public FlagConfirmation {
        Objects.requireNonNull(kind, "kind");
        items = List.copyOf(items);
        if (items.isEmpty()) {
            throw new IllegalArgumentException("nothing to confirm");
        }
    }

    /** The question: 「次のシステムで…設定したことを確認します」. */
    public String heading() {
        return kind == FlagWorkKind.SET ? Messages.get("worklist.confirm.heading.set")
                : Messages.get("worklist.confirm.heading.release");
    }

    /** One line per system (and business) with its number of persons, e.g. 「課税資料管理システム（特別区民税・都民税）：2名」. */
    public List<String> systemLines() {
        Map<String, Integer> perSystem = new LinkedHashMap<>();
        for (FlagWorkItem item : items) {
            perSystem.merge(Messages.get("worklist.confirm.system", ReleaseTexts.system(item.systemName()),
                    item.businessName()), 1,
                    Integer::sum);
        }
        List<String> lines = new ArrayList<>();
        perSystem.forEach((system, count) -> lines.add(Messages.get("worklist.confirm.systemCount", system, count)));
        return List.copyOf(lines);
    }

    /** The persons by number and name, at most {@link #NAMES_SHOWN}, then how many more. */
    public List<String> personLines() {
        List<String> lines = new ArrayList<>();
        items.stream().limit(NAMES_SHOWN).forEach(item -> lines.add(Messages.get("worklist.confirm.person",
                item.addresseeNumber(), item.nameKanji(), ReleaseTexts.system(item.systemName()))));
        if (items.size() > NAMES_SHOWN) {
            lines.add(Messages.get("worklist.confirm.more", items.size() - NAMES_SHOWN));
        }
        return List.copyOf(lines);
    }

    /** The button that gives the confirmation. */
    public String confirmLabel() {
        return kind == FlagWorkKind.SET ? Messages.get("worklist.confirm.doSet", items.size())
                : Messages.get("worklist.confirm.doRelease", items.size());
    }
}
