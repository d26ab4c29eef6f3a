package jp.mamori.db.proc;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import jp.mamori.db.text.AddresseeNumber;

/**
 * 設定: the settings the administrator may change, each with its allowed range (ADR 0015). The
 * others in MAMORI.SETTING (token age, checkpoint interval ...) are the server operator's, not the
 * screen's. {@link #clientVisible()} ones are read by every client through API.CLIENT_SETTINGS.
 */
public enum AdminSetting {
    /** ロックアウトまでの連続失敗回数 */
    LOCKOUT_THRESHOLD("login.maxFailures", 3, 20, false),
    /** 自動ロックまでの無操作時間（分） */
    IDLE_LOCK_MINUTES("client.idleLockMinutes", 1, 60, true),
    /** 登録の見直し周期（日） */
    REVIEW_PERIOD_DAYS("review.periodDays", 30, 1095, true),
    /** フラグ作業の超過日数 */
    OVERDUE_DAYS("worklist.overdueDays", 1, 90, true),
    /** 団体内統合宛名番号の桁数（上限） */
    ADDRESSEE_NUMBER_LENGTH("person.addresseeNumberMaxLength", 4, AddresseeNumber.ABSOLUTE_MAX_LENGTH, true);

    private final String key;
    private final int min;
    private final int max;
    private final boolean clientVisible;

    AdminSetting(String key, int min, int max, boolean clientVisible) {
        this.key = key;
        this.min = min;
        this.max = max;
        this.clientVisible = clientVisible;
    }

    public String key() {
        return key;
    }

    public int min() {
        return min;
    }

    public int max() {
        return max;
    }

    public boolean clientVisible() {
        return clientVisible;
    }

    public static Optional<AdminSetting> byKey(String key) {
        return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
    }

    static List<String> keys(boolean clientVisibleOnly) {
        return Arrays.stream(values()).filter(s -> !clientVisibleOnly || s.clientVisible).map(AdminSetting::key)
                .toList();
    }
}
