package jp.mamori.db.demo;

import java.nio.file.Path;
import java.util.List;
import jp.mamori.db.domain.StaffRole;

/** The demo accounts: clerks and chiefs of several sections, a security officer, an administrator. */
final class DemoStaff {

    static final String LOCKED = "demo.locked";
    static final String EXPIRED = "demo.expired";
    static final String REVOKED = "demo.revoked";

    private record Account(String user, String name, StaffRole role, String section, String sectionName) {
    }

    private static final List<Account> ACCOUNTS = List.of(
            new Account("zeimu.clerk", "税務 一郎", StaffRole.CLERK, "ZEIMU", "税務課"),
            new Account("zeimu.chief", "税務 課長", StaffRole.CHIEF, "ZEIMU", "税務課"),
            new Account("kodomo.clerk", "子育 花子", StaffRole.CLERK, "KODOMOKATEI", "子ども家庭課"),
            new Account("kodomo.chief", "子育 課長", StaffRole.CHIEF, "KODOMOKATEI", "子ども家庭課"),
            new Account("hogo.clerk", "保護 次郎", StaffRole.CLERK, "HOGO", "生活福祉課（保護担当課）"),
            new Account("hogo.chief", "保護 課長", StaffRole.CHIEF, "HOGO", "生活福祉課（保護担当課）"),
            new Account("koseki.clerk", "戸籍 三郎", StaffRole.CLERK, "KOSEKI", "戸籍住民課"),
            new Account("koseki.chief", "戸籍 課長", StaffRole.CHIEF, "KOSEKI", "戸籍住民課"),
            new Account("security", "監査 見本", StaffRole.SECURITY, null, ""),
            new Account("admin", "管理 見本", StaffRole.ADMIN, null, ""),
            new Account(LOCKED, "施錠 見本（ロック中）", StaffRole.CLERK, "ZEIMU", "税務課"),
            new Account(EXPIRED, "期限 見本（証明書期限切れ）", StaffRole.CLERK, "ZEIMU", "税務課"),
            new Account(REVOKED, "失効 見本（証明書失効）", StaffRole.CLERK, "ZEIMU", "税務課"));

    private DemoStaff() {
    }

    static List<DemoUser> users(Path keyDir) {
        return ACCOUNTS.stream()
                .map(a -> new DemoUser(a.user(), a.name(), a.role(), a.sectionName(),
                        keyDir.resolve(a.user() + ".p12"), DemoEnvironment.DEMO_PASSWORD))
                .toList();
    }

    static String sectionCode(String user) {
        return ACCOUNTS.stream().filter(a -> a.user().equals(user)).findFirst().orElseThrow().section();
    }
}
