package jp.mamori.app.admin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jp.mamori.db.catalogue.Catalogue;
import jp.mamori.db.catalogue.CatalogueCsv;
import jp.mamori.db.catalogue.CatalogueFormatException;
import jp.mamori.db.client.CatalogueAdminApi;
import jp.mamori.db.client.ServerRefusal;

/**
 * 取り込みの試行: the two catalogue files read and checked on this terminal with the same
 * {@link CatalogueCsv} rules the server applies, before anything is sent. Runs off the JavaFX thread.
 *
 * @param sectionsCsv  the sections file's text (decoded as the server would)
 * @param dutiesCsv    the duties file's text
 * @param problem      the first problem as the server would refuse it ({@code invalid.catalogue}), or null
 * @param newSections  sections the import would add
 * @param keptSections sections already there
 * @param newDuties    duties the import would add
 * @param keptDuties   duties already there
 */
public record CatalogueDryRun(String sectionsCsv, String dutiesCsv, ServerRefusal problem, int newSections,
        int keptSections, int newDuties, int keptDuties) {

    /** Reads and checks both files against what the server holds now. */
    public static CatalogueDryRun of(Path sectionsFile, Path dutiesFile, List<CatalogueAdminApi.Section> sections,
            List<CatalogueAdminApi.Duty> duties) throws IOException {
        String sectionsCsv = CatalogueCsv.decode(Files.readAllBytes(sectionsFile));
        String dutiesCsv = CatalogueCsv.decode(Files.readAllBytes(dutiesFile));
        Map<String, Boolean> known = sections.stream().collect(Collectors.toMap(
                CatalogueAdminApi.Section::sectionCode, CatalogueAdminApi.Section::doesLinkage));
        try {
            Catalogue catalogue = CatalogueCsv.parse(sectionsCsv, dutiesCsv, known);
            Set<String> existingDuties = duties.stream().map(d -> d.sectionCode() + "\n" + d.businessName() + "\n"
                    + d.systemName()).collect(Collectors.toSet());
            int newSections = (int) catalogue.sections().stream().filter(s -> !known.containsKey(s.code())).count();
            int newDuties = (int) catalogue.linkageDuties().stream().filter(d -> !existingDuties.contains(
                    d.sectionCode() + "\n" + d.businessName() + "\n" + d.systemName())).count();
            return new CatalogueDryRun(sectionsCsv, dutiesCsv, null, newSections,
                    catalogue.sections().size() - newSections, newDuties, catalogue.linkageDuties().size() - newDuties);
        } catch (CatalogueFormatException e) {
            return new CatalogueDryRun(sectionsCsv, dutiesCsv, new ServerRefusal("invalid.catalogue",
                    List.of(e.file().name(), Long.toString(e.line()), e.messageKey()), null), 0, 0, 0, 0);
        }
    }

    /** Whether the files may be imported. */
    public boolean passed() {
        return problem == null;
    }
}
