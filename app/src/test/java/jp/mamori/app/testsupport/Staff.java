package jp.mamori.app.testsupport;

import jp.mamori.db.client.SessionInfo;
import jp.mamori.db.domain.StaffRole;

/** Fictional staff members for client tests. */
public final class Staff {

    private Staff() {
    }

    public static SessionInfo clerk() {
        return new SessionInfo("yamada.hanako", "山田 花子", StaffRole.CLERK, "ZEIMU", "税務課",
                "T-ZEIMU-01", "mamori-db:9092", 15);
    }

    public static SessionInfo chief() {
        return new SessionInfo("sato.ichiro", "佐藤 一郎", StaffRole.CHIEF, "ZEIMU", "税務課",
                "T-ZEIMU-02", "mamori-db:9092", 15);
    }

    public static SessionInfo security() {
        return new SessionInfo("suzuki.keiko", "鈴木 恵子", StaffRole.SECURITY, "", "",
                "T-JOHO-01", "mamori-db:9092", 15);
    }

    public static SessionInfo admin() {
        return new SessionInfo("takahashi.ken", "高橋 健", StaffRole.ADMIN, "", "",
                "T-JOHO-02", "mamori-db:9092", 15);
    }
}
