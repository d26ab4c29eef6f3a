package jp.mamori.db.proc;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import jp.mamori.db.catalogue.Catalogue;
import jp.mamori.db.catalogue.CatalogueCsv;
import jp.mamori.db.catalogue.CatalogueFormatException;
import jp.mamori.db.persistence.CatalogueDao;

/**
 * Brings a city's catalogue into the database (ADR 0015) — the one path for {@code init
 * --catalogue}, the demo and API.ADMIN_CATALOGUE_IMPORT. Adds what is not there yet and changes
 * nothing that is: a section whose code exists is skipped, and so is a duty whose section and
 * business were listed before the import (a system name the administrator has since completed is
 * not joined by the file's placeholder again). New duties get their SET items for every person held
 * now, in the same transaction (FlagWork).
 */
public final class CatalogueImport {

    /**
     * What an import did.
     *
     * @param sectionsAdded  new sections
     * @param sectionsKept   sections of the file already there
     * @param dutiesAdded    new linkage duties
     * @param dutiesKept     duties of the file whose business was already listed
     * @param setItemsAdded  SET flag-work items opened for the new duties
     */
    public record Result(int sectionsAdded, int sectionsKept, int dutiesAdded, int dutiesKept, int setItemsAdded) {
    }

    private CatalogueImport() {
    }

    /** Parses both texts against the sections already in the database. */
    public static Catalogue parse(Handle h, String sectionsCsv, String dutiesCsv) throws CatalogueFormatException {
        Map<String, Boolean> known = h.attach(CatalogueDao.class).sections().stream()
                .collect(Collectors.toMap(CatalogueDao.SectionRow::sectionCode, CatalogueDao.SectionRow::doesLinkage));
        return CatalogueCsv.parse(sectionsCsv, dutiesCsv, known);
    }

    /** Applies a parsed catalogue in the caller's transaction. */
    public static Result apply(Handle h, Catalogue catalogue) {
        CatalogueDao dao = h.attach(CatalogueDao.class);
        List<CatalogueDao.SectionRow> sections = dao.sections();
        Set<String> codes = sections.stream().map(CatalogueDao.SectionRow::sectionCode).collect(Collectors.toSet());
        Set<List<String>> businesses = new HashSet<>();
        for (CatalogueDao.DutyRow d : dao.duties()) {
            businesses.add(List.of(d.sectionCode(), d.businessName()));
        }
        int sectionsAdded = 0;
        for (Catalogue.Section s : catalogue.sections()) {
            if (codes.add(s.code())) {
                dao.insertSection(s.code(), s.name(), s.holdsData(), s.doesLinkage());
                sectionsAdded++;
            }
        }
        int dutiesAdded = 0;
        for (Catalogue.Duty d : catalogue.linkageDuties()) {
            if (!businesses.contains(List.of(d.sectionCode(), d.businessName()))) {
                dao.insertDuty(d.sectionCode(), d.businessName(), d.systemName());
                dutiesAdded++;
            }
        }
        int setItems = dutiesAdded == 0 ? 0 : FlagWork.reconcile(h).setAdded();
        return new Result(sectionsAdded, catalogue.sections().size() - sectionsAdded, dutiesAdded,
                catalogue.linkageDuties().size() - dutiesAdded, setItems);
    }
}
