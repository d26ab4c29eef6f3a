package jp.mamori.db.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import jp.mamori.db.demo.DemoCatalog;
import org.junit.jupiter.api.Test;

/** The city's catalogue files (seed 001's layout): read, checked, every problem with its file and line. */
class CatalogueCsvTest {

    private static final String HEADER_S = "SECTION_CODE,NAME,HOLDS_DATA,DOES_LINKAGE\n";
    private static final String HEADER_D = "SECTION_CODE,BUSINESS_NAME,SYSTEM_NAME\n";

    @Test
    void theDemoFilesAreACatalogue() throws Exception {
        Catalogue c = CatalogueCsv.parse(DemoCatalog.resourceText(DemoCatalog.SECTIONS_RESOURCE),
                DemoCatalog.resourceText(DemoCatalog.DUTIES_RESOURCE), Map.of());
        assertEquals(DemoCatalog.load().sections().size(), c.sections().size());
        assertEquals(DemoCatalog.load().linkageDuties().size(), c.linkageDuties().size());
    }

    @Test
    void byteOrderMarkAndShiftJisAreRead() throws Exception {
        String sections = "\uFEFF" + HEADER_S + "ZEIMU,税務課,false,true\n";
        String duties = HEADER_D + "ZEIMU,個人住民税,税務システム\n";
        byte[] sjis = duties.getBytes(Charset.forName("windows-31j"));
        Catalogue c = CatalogueCsv.parse(CatalogueCsv.decode(sections.getBytes(StandardCharsets.UTF_8)),
                CatalogueCsv.decode(sjis), Map.of());
        assertEquals("税務課", c.sections().get(0).name());
        assertEquals("個人住民税", c.linkageDuties().get(0).businessName());
    }

    @Test
    void dutiesMayNameSectionsAlreadyInTheDatabase() throws Exception {
        Catalogue c = CatalogueCsv.parse(HEADER_S, HEADER_D + "ZEIMU,固定資産税,税務システム\n", Map.of("ZEIMU", true));
        assertEquals(1, c.linkageDuties().size());
    }

    @Test
    void everyProblemNamesFileLineAndReason() {
        problem(CatalogueFormatException.File.SECTIONS, 1, "input.catalogue.header", "CODE,NAME\nX,Y\n", HEADER_D);
        problem(CatalogueFormatException.File.SECTIONS, 3, "input.catalogue.sectionCode",
                HEADER_S + "ZEIMU,税務課,false,true\nzeimu2,税務二課,true,false\n", HEADER_D);
        problem(CatalogueFormatException.File.SECTIONS, 2, "input.catalogue.boolean",
                HEADER_S + "ZEIMU,税務課,はい,true\n", HEADER_D);
        problem(CatalogueFormatException.File.SECTIONS, 3, "input.catalogue.duplicateSection",
                HEADER_S + "ZEIMU,税務課,false,true\nZEIMU2,税務課,true,false\n", HEADER_D);
        problem(CatalogueFormatException.File.SECTIONS, 2, "input.catalogue.sectionWithoutRole",
                HEADER_S + "SOMU,総務課,false,false\n", HEADER_D);
        problem(CatalogueFormatException.File.SECTIONS, 2, "input.catalogue.sectionName",
                HEADER_S + "SOMU," + "長".repeat(65) + ",true,false\n", HEADER_D);
        problem(CatalogueFormatException.File.DUTIES, 2, "input.catalogue.unknownSection",
                HEADER_S + "ZEIMU,税務課,false,true\n", HEADER_D + "KOKUHO,国保,国保システム\n");
        problem(CatalogueFormatException.File.DUTIES, 3, "input.catalogue.notLinkageSection",
                HEADER_S + "ZEIMU,税務課,false,true\nFUKUSHI,福祉課,true,false\n",
                HEADER_D + "ZEIMU,個人住民税,税務システム\nFUKUSHI,福祉,福祉システム\n");
        problem(CatalogueFormatException.File.DUTIES, 3, "input.catalogue.duplicateDuty",
                HEADER_S + "ZEIMU,税務課,false,true\n",
                HEADER_D + "ZEIMU,個人住民税,税務システム\nZEIMU,個人住民税,税務システム\n");
        problem(CatalogueFormatException.File.DUTIES, 2, "input.catalogue.dutyName",
                HEADER_S + "ZEIMU,税務課,false,true\n", HEADER_D + "ZEIMU,個人住民税,\"税務\nシステム\"\n");
        problem(CatalogueFormatException.File.DUTIES, 0, "input.catalogue.malformed",
                HEADER_S + "ZEIMU,税務課,false,true\n", HEADER_D + "ZEIMU,\"個人住民税,税務システム\n");
        problem(CatalogueFormatException.File.DUTIES, 0, "input.catalogue.empty", HEADER_S, "");
    }

    private static void problem(CatalogueFormatException.File file, long line, String key, String sections,
            String duties) {
        CatalogueFormatException e = assertThrows(CatalogueFormatException.class,
                () -> CatalogueCsv.parse(sections, duties, Map.of()));
        assertEquals(file + ":" + line + ":" + key, e.file() + ":" + e.line() + ":" + e.messageKey());
    }
}
