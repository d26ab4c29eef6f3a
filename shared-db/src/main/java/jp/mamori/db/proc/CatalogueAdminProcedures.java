package jp.mamori.db.proc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.h2.tools.SimpleResultSet;
import org.jdbi.v3.core.Handle;
import jp.mamori.db.catalogue.Catalogue;
import jp.mamori.db.catalogue.CatalogueFormatException;
import jp.mamori.db.contract.RefusalCode;
import jp.mamori.db.domain.StaffRole;
import jp.mamori.db.persistence.CatalogueDao;

/**
 * 所属・連携事務 (ADR 0015): import the city's catalogue, add, rename and retire sections and linkage
 * duties. No flag-work item is ever silently lost: a new duty gets SET items for every person held
 * now, in the same transaction; a duty with open items is retired only when another active duty of
 * a 利用課 takes them over (moved where that duty has no item of the person and kind yet, otherwise
 * removed because that duty's own item carries the work — both counted in the result and the audit
 * row). The administrator sees counts only, never a person.
 */
public final class CatalogueAdminProcedures {

    static final Operation SECTIONS = Operation.of("CATALOGUE_SECTIONS", StaffRole.ADMIN);
    static final Operation DUTIES = Operation.of("CATALOGUE_DUTIES", StaffRole.ADMIN);
    static final Operation IMPORT = Operation.of("CATALOGUE_IMPORT", StaffRole.ADMIN);
    static final Operation SECTION_ADD = Operation.of("SECTION_ADD", StaffRole.ADMIN);
    static final Operation SECTION_RENAME = Operation.of("SECTION_RENAME", StaffRole.ADMIN);
    static final Operation SECTION_RETIRE = Operation.of("SECTION_RETIRE", StaffRole.ADMIN);
    static final Operation DUTY_ADD = Operation.of("DUTY_ADD", StaffRole.ADMIN);
    static final Operation DUTY_RENAME = Operation.of("DUTY_RENAME", StaffRole.ADMIN);
    static final Operation DUTY_RETIRE = Operation.of("DUTY_RETIRE", StaffRole.ADMIN);

    private static final Columns SECTION_COLUMNS = new Columns()
            .text("SECTION_CODE", 16).text("NAME", 64).bool("HOLDS_DATA").bool("DOES_LINKAGE").bool("ACTIVE")
            .integer("ACTIVE_STAFF").integer("ACTIVE_DUTIES");
    private static final Columns DUTY_COLUMNS = new Columns()
            .integer("DUTY_ID").text("SECTION_CODE", 16).text("BUSINESS_NAME", 128).text("SYSTEM_NAME", 128)
            .bool("ACTIVE").integer("OPEN_ITEMS");
    private static final Columns IMPORT_COLUMNS = new Columns()
            .integer("SECTIONS_ADDED").integer("SECTIONS_KEPT").integer("DUTIES_ADDED").integer("DUTIES_KEPT")
            .integer("SET_ITEMS_ADDED");
    private static final Columns RETIRE_COLUMNS = new Columns().integer("MOVED").integer("MERGED");

    private CatalogueAdminProcedures() {
    }

    /** API.ADMIN_SECTION_LIST(screen) */
    public static ResultSet sections(Connection conn, String screen) throws SQLException {
        if (Caller.isColumnListCall(conn)) {
            return SECTION_COLUMNS.newResult();
        }
        return ProcedureRunner.run(conn, SECTIONS, screen, (h, caller, note) -> {
            SimpleResultSet rs = SECTION_COLUMNS.newResult();
            for (CatalogueDao.SectionRow s : h.attach(CatalogueDao.class).sections()) {
                rs.addRow(s.sectionCode(), s.name(), s.holdsData(), s.doesLinkage(), s.active(), s.activeStaff(),
                        s.activeDuties());
            }
            return rs;
        });
    }

    /** API.ADMIN_DUTY_LIST(screen): every duty with its open flag-work items (a count). */
    public static ResultSet duties(Connection conn, String screen) throws SQLException {
        if (Caller.isColumnListCall(conn)) {
            return DUTY_COLUMNS.newResult();
        }
        return ProcedureRunner.run(conn, DUTIES, screen, (h, caller, note) -> {
            SimpleResultSet rs = DUTY_COLUMNS.newResult();
            for (CatalogueDao.DutyRow d : h.attach(CatalogueDao.class).duties()) {
                rs.addRow(d.dutyId(), d.sectionCode(), d.businessName(), d.systemName(), d.active(), d.openItems());
            }
            return rs;
        });
    }

    /**
     * API.ADMIN_CATALOGUE_IMPORT(screen, sectionsCsv, dutiesCsv): all or nothing; a problem is
     * {@code invalid.catalogue} with the file (SECTIONS or DUTIES), the line and a message key.
     */
    public static ResultSet importCatalogue(Connection conn, String screen, String sectionsCsv, String dutiesCsv)
            throws SQLException {
        if (Caller.isColumnListCall(conn)) {
            return IMPORT_COLUMNS.newResult();
        }
        return ProcedureRunner.run(conn, IMPORT, screen, (h, caller, note) -> {
            Catalogue catalogue;
            try {
                catalogue = CatalogueImport.parse(h, sectionsCsv, dutiesCsv);
            } catch (CatalogueFormatException e) {
                note.detail("file", e.file().name()).detail("line", e.line());
                throw new Refusal(RefusalCode.INVALID_CATALOGUE, e.file().name(), e.line(), e.messageKey());
            }
            CatalogueImport.Result r = CatalogueImport.apply(h, catalogue);
            note.detail("sectionsAdded", r.sectionsAdded()).detail("dutiesAdded", r.dutiesAdded())
                    .detail("setItemsAdded", r.setItemsAdded());
            SimpleResultSet rs = IMPORT_COLUMNS.newResult();
            rs.addRow(r.sectionsAdded(), r.sectionsKept(), r.dutiesAdded(), r.dutiesKept(), r.setItemsAdded());
            return rs;
        });
    }

    /** API.ADMIN_SECTION_ADD(screen, code, name, holdsData, doesLinkage) */
    public static void addSection(Connection conn, String screen, String code, String name, boolean holdsData,
            boolean doesLinkage) throws SQLException {
        ProcedureRunner.run(conn, SECTION_ADD, screen, (h, caller, note) -> {
            note.target(code == null ? "" : code).detail("holdsData", holdsData).detail("doesLinkage", doesLinkage);
            String sectionCode = AdminInput.sectionCode(code);
            String sectionName = AdminInput.sectionName(name);
            if (!holdsData && !doesLinkage) {
                throw AdminInput.invalid(AdminInput.SECTION_ROLE_REQUIRED);
            }
            CatalogueDao dao = h.attach(CatalogueDao.class);
            if (dao.lockSection(sectionCode).isPresent()) {
                throw new Refusal(RefusalCode.CONFLICT_SECTION_EXISTS);
            }
            if (dao.sectionNameTaken(sectionName, sectionCode)) {
                throw new Refusal(RefusalCode.CONFLICT_SECTION_NAME_TAKEN);
            }
            dao.insertSection(sectionCode, sectionName, holdsData, doesLinkage);
            return null;
        });
    }

    /** API.ADMIN_SECTION_RENAME(screen, code, name): the code, in every audit row, stays. */
    public static void renameSection(Connection conn, String screen, String code, String name) throws SQLException {
        ProcedureRunner.run(conn, SECTION_RENAME, screen, (h, caller, note) -> {
            note.target(code == null ? "" : code);
            String sectionName = AdminInput.sectionName(name);
            CatalogueDao dao = h.attach(CatalogueDao.class);
            CatalogueDao.SectionRow section = dao.lockSection(code == null ? "" : code)
                    .orElseThrow(() -> new Refusal(RefusalCode.NOTFOUND_SECTION));
            if (section.name().equals(sectionName)) {
                throw new Refusal(RefusalCode.INVALID_NO_CHANGE);
            }
            if (dao.sectionNameTaken(sectionName, section.sectionCode())) {
                throw new Refusal(RefusalCode.CONFLICT_SECTION_NAME_TAKEN);
            }
            dao.renameSection(section.sectionCode(), sectionName);
            return null;
        });
    }

    /**
     * API.ADMIN_SECTION_RETIRE(screen, code): only a section with no active staff, no person held and
     * no active duty (retire or transfer its duties first).
     */
    public static void retireSection(Connection conn, String screen, String code) throws SQLException {
        ProcedureRunner.run(conn, SECTION_RETIRE, screen, (h, caller, note) -> {
            note.target(code == null ? "" : code);
            CatalogueDao dao = h.attach(CatalogueDao.class);
            CatalogueDao.SectionRow section = dao.lockSection(code == null ? "" : code)
                    .orElseThrow(() -> new Refusal(RefusalCode.NOTFOUND_SECTION));
            if (!section.active()) {
                throw new Refusal(RefusalCode.INVALID_NO_CHANGE);
            }
            int staff = dao.activeStaffOf(section.sectionCode());
            int held = dao.heldBy(section.sectionCode());
            int duties = dao.activeDutiesOf(section.sectionCode());
            note.detail("staff", staff).detail("held", held).detail("duties", duties);
            if (staff > 0) {
                throw new Refusal(RefusalCode.CONFLICT_SECTION_HAS_STAFF, staff);
            }
            if (held > 0) {
                throw new Refusal(RefusalCode.CONFLICT_SECTION_HOLDS, held);
            }
            if (duties > 0) {
                throw new Refusal(RefusalCode.CONFLICT_SECTION_HAS_DUTIES, duties);
            }
            dao.retireSection(section.sectionCode());
            return null;
        });
    }

    /**
     * API.ADMIN_DUTY_ADD(screen, sectionCode, businessName, systemName): returns the new duty's id;
     * SET items are opened for every person held now.
     */
    public static int addDuty(Connection conn, String screen, String sectionCode, String businessName,
            String systemName) throws SQLException {
        return ProcedureRunner.run(conn, DUTY_ADD, screen, (h, caller, note) -> {
            note.target(sectionCode == null ? "" : sectionCode);
            String business = AdminInput.dutyName(businessName);
            String system = AdminInput.dutyName(systemName);
            CatalogueDao dao = h.attach(CatalogueDao.class);
            requireLinkageSection(dao, sectionCode);
            if (dao.dutyTaken(sectionCode, business, system, -1)) {
                throw new Refusal(RefusalCode.CONFLICT_DUTY_EXISTS);
            }
            int id = dao.insertDuty(sectionCode, business, system);
            int added = FlagWork.reconcile(h).setAdded();
            note.target(Integer.toString(id)).detail("section", sectionCode).detail("setItemsAdded", added);
            return id;
        });
    }

    /** API.ADMIN_DUTY_RENAME(screen, dutyId, businessName, systemName) */
    public static void renameDuty(Connection conn, String screen, int dutyId, String businessName, String systemName)
            throws SQLException {
        ProcedureRunner.run(conn, DUTY_RENAME, screen, (h, caller, note) -> {
            note.target(Integer.toString(dutyId));
            String business = AdminInput.dutyName(businessName);
            String system = AdminInput.dutyName(systemName);
            CatalogueDao dao = h.attach(CatalogueDao.class);
            CatalogueDao.DutyRow duty = dao.lockDuty(dutyId).orElseThrow(() -> new Refusal(RefusalCode.NOTFOUND_DUTY));
            if (duty.businessName().equals(business) && duty.systemName().equals(system)) {
                throw new Refusal(RefusalCode.INVALID_NO_CHANGE);
            }
            if (dao.dutyTaken(duty.sectionCode(), business, system, dutyId)) {
                throw new Refusal(RefusalCode.CONFLICT_DUTY_EXISTS);
            }
            dao.renameDuty(dutyId, business, system);
            return null;
        });
    }

    /**
     * API.ADMIN_DUTY_RETIRE(screen, dutyId, transferToDutyId): NULL for no transfer (refused while the
     * duty has open items: {@code conflict.dutyHasOpenItems} with their count); one row MOVED, MERGED.
     */
    public static ResultSet retireDuty(Connection conn, String screen, int dutyId, Integer transferTo)
            throws SQLException {
        if (Caller.isColumnListCall(conn)) {
            return RETIRE_COLUMNS.newResult();
        }
        return ProcedureRunner.run(conn, DUTY_RETIRE, screen, (h, caller, note) -> {
            note.target(Integer.toString(dutyId));
            CatalogueDao dao = h.attach(CatalogueDao.class);
            CatalogueDao.DutyRow duty = dao.lockDuty(dutyId).orElseThrow(() -> new Refusal(RefusalCode.NOTFOUND_DUTY));
            if (!duty.active()) {
                throw new Refusal(RefusalCode.INVALID_NO_CHANGE);
            }
            int open = dao.openItems(dutyId);
            int moved = 0;
            int merged = 0;
            if (transferTo == null) {
                if (open > 0) {
                    throw new Refusal(RefusalCode.CONFLICT_DUTY_HAS_OPEN_ITEMS, open);
                }
            } else {
                requireTransferTarget(h, dao, dutyId, transferTo);
                moved = dao.moveOpenItems(dutyId, transferTo);
                merged = dao.mergeOpenItems(dutyId, transferTo);
                note.detail("transferTo", transferTo);
            }
            dao.retireDuty(dutyId);
            note.detail("open", open).detail("moved", moved).detail("merged", merged);
            SimpleResultSet rs = RETIRE_COLUMNS.newResult();
            rs.addRow(moved, merged);
            return rs;
        });
    }

    private static void requireTransferTarget(Handle h, CatalogueDao dao, int dutyId, int transferTo) throws Refusal {
        if (transferTo == dutyId) {
            throw AdminInput.invalid(AdminInput.DUTY_ID_INVALID);
        }
        CatalogueDao.DutyRow target = dao.lockDuty(transferTo)
                .orElseThrow(() -> AdminInput.invalid(AdminInput.DUTY_ID_INVALID));
        Optional<CatalogueDao.SectionRow> section = dao.lockSection(target.sectionCode());
        if (!target.active() || section.isEmpty() || !section.get().active() || !section.get().doesLinkage()) {
            throw new Refusal(RefusalCode.CONFLICT_DUTY_INACTIVE);
        }
    }

    private static void requireLinkageSection(CatalogueDao dao, String sectionCode) throws Refusal {
        Optional<CatalogueDao.SectionRow> section = dao.lockSection(sectionCode == null ? "" : sectionCode);
        if (section.isEmpty() || !section.get().active()) {
            throw AdminInput.invalid(AdminInput.SECTION_INVALID);
        }
        if (!section.get().doesLinkage()) {
            throw new Refusal(RefusalCode.CONFLICT_NOT_LINKAGE_SECTION);
        }
    }

}
