package jp.mamori.db.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCatalogTest {

    private final DemoCatalog catalog = DemoCatalog.load();

    @Test
    void everySectionOfSeed001IsThereOnce() {
        List<String> names = catalog.sections().stream().map(SectionSeed::name).toList();
        assertEquals(List.of("税務課", "戸籍住民課", "障害者福祉課", "高齢者支援課", "介護保険課",
                "生活福祉課（保護担当課）", "子ども家庭課", "保育課", "健康づくり課", "医療保険年金課",
                "高齢者医療担当課", "保健予防課", "住宅課", "学校運営課"), names);
        assertEquals(13, catalog.holdingSections().size());
        assertEquals(11, catalog.sections().stream().filter(SectionSeed::doesLinkage).count());
        assertEquals(Set.of("KOREISHIEN", "HOIKU", "JUTAKU"), catalog.sections().stream()
                .filter(s -> !s.doesLinkage()).map(SectionSeed::code).collect(java.util.stream.Collectors.toSet()));
        assertEquals(Set.of("KENKOZUKURI"), catalog.sections().stream()
                .filter(s -> !s.holdsData()).map(SectionSeed::code).collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void everyUsingRowOfSeed001IsALinkageDuty() {
        assertEquals(26, catalog.linkageDuties().size());
        assertTrue(catalog.linkageDuties().contains(
                new LinkageDutySeed("ZEIMU", "特別区民税・都民税", "課税資料管理システム")));
        assertTrue(catalog.linkageDuties().contains(
                new LinkageDutySeed("KOSEKI", "住民基本台帳", "住民記録システム")));
        assertTrue(catalog.linkageDuties().contains(
                new LinkageDutySeed("HOGO", "中国残留邦人等に対する支援給付", "支援給付システム")));
        assertEquals(5, catalog.linkageDuties().stream().filter(d -> d.sectionCode().equals("HOKENYOBO")).count());
    }

    @Test
    void dutiesWithoutANamedSystemCarryThePlaceholder() {
        assertEquals(Set.of("母子家庭自立支援給付事業", "母子生活支援施設への入所業務", "母子及び父子福祉資金貸付業務",
                "養育医療給付事業", "母子健康手帳の交付", "学校保健"),
                catalog.dutiesWithoutSystem().stream().map(LinkageDutySeed::businessName)
                        .collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void inconsistentCatalogueIsRefused() {
        String sections = "SECTION_CODE,NAME,HOLDS_DATA,DOES_LINKAGE\nAA,甲課,true,true\nBB,乙課,true,false\n";
        assertThrows(IllegalArgumentException.class, () -> DemoCatalog.parse(new StringReader(sections),
                new StringReader("SECTION_CODE,BUSINESS_NAME,SYSTEM_NAME\nAA,業務,システム\nZZ,業務,システム\n")));
        assertThrows(IllegalArgumentException.class, () -> DemoCatalog.parse(new StringReader(sections),
                new StringReader("SECTION_CODE,BUSINESS_NAME,SYSTEM_NAME\nAA,業務,システム\nBB,業務,システム\n")));
        assertThrows(IllegalArgumentException.class, () -> DemoCatalog.parse(
                new StringReader("SECTION_CODE,NAME,HOLDS_DATA,DOES_LINKAGE\nAA,甲課,yes,true\n"),
                new StringReader("SECTION_CODE,BUSINESS_NAME,SYSTEM_NAME\nAA,業務,システム\n")));
        assertThrows(IllegalArgumentException.class, () -> new SectionSeed("a1", "課", true, true));
    }

    @Test
    void insertsIntoTheRealSchemaOnceAndKeepsCompletedSystemNames(@TempDir Path dir) throws Exception {
        DemoDatabase database = DemoDatabase.migrated(dir);
        try (Connection connection = database.connect()) {
            assertEquals(new DemoCatalog.InsertCount(14, 26), catalog.insertInto(connection));
            assertTrue(connection.getAutoCommit());
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE MAMORI.LINKAGE_DUTY SET SYSTEM_NAME = '学校保健システム' WHERE BUSINESS_NAME = '学校保健'")) {
                assertEquals(1, update.executeUpdate());
            }

            assertEquals(new DemoCatalog.InsertCount(0, 0), catalog.insertInto(connection));

            assertEquals(14, DemoDatabase.count(connection, "SELECT COUNT(*) FROM MAMORI.SECTION"));
            assertEquals(26, DemoDatabase.count(connection, "SELECT COUNT(*) FROM MAMORI.LINKAGE_DUTY"));
            assertEquals(5, DemoDatabase.count(connection,
                    "SELECT COUNT(*) FROM MAMORI.LINKAGE_DUTY WHERE SYSTEM_NAME = '（システム名未登録）'"));
            Set<List<Object>> stored = new HashSet<>();
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT S.NAME, S.HOLDS_DATA, D.BUSINESS_NAME, D.SYSTEM_NAME
                    FROM MAMORI.LINKAGE_DUTY D JOIN MAMORI.SECTION S ON S.SECTION_CODE = D.SECTION_CODE""");
                    ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    stored.add(List.of(rs.getString(1), rs.getBoolean(2), rs.getString(3), rs.getString(4)));
                }
            }
            assertTrue(stored.contains(List.of("税務課", true, "特別区民税・都民税", "課税資料管理システム")));
            assertTrue(stored.contains(List.of("戸籍住民課", false, "住民基本台帳", "住民記録システム")));
            assertFalse(stored.contains(List.of("学校運営課", true, "学校保健", DemoCatalog.SYSTEM_NOT_REGISTERED)));
        }
    }
}
