package jp.mamori.db.client;

import java.util.List;
import java.util.Objects;
import jp.mamori.db.contract.Procedure;
import jp.mamori.db.contract.RefusalCode;

/**
 * 所属・連携事務 (ADR 0015), used as {@code session.procedures(CatalogueAdminApi.class)} by the
 * administrator. Refusals:
 * <ul>
 *   <li>{@code invalid.catalogue} — arguments: file ({@code SECTIONS} or {@code DUTIES}), line
 *       (0 for the whole file) and a message key {@code input.catalogue.*}; nothing was imported;</li>
 *   <li>{@code invalid.input} with {@code input.sectionCode.format}, {@code input.sectionName.invalid},
 *       {@code input.sectionRole.required}, {@code input.sectionCode.invalid}, {@code input.dutyName.invalid},
 *       {@code input.dutyId.invalid};</li>
 *   <li>{@code conflict.sectionExists}, {@code conflict.sectionNameTaken}, {@code conflict.sectionHasStaff},
 *       {@code conflict.sectionHolds}, {@code conflict.sectionHasDuties} (argument: the count),
 *       {@code conflict.notLinkageSection}, {@code conflict.dutyExists}, {@code conflict.dutyHasOpenItems}
 *       (argument: open items), {@code conflict.dutyInactive} (transfer target), {@code invalid.noChange};</li>
 *   <li>{@code notfound.section}, {@code notfound.duty}; and those of every call.</li>
 * </ul>
 */
public final class CatalogueAdminApi {

    private final ProcedureCaller calls;

    public CatalogueAdminApi(ProcedureCaller calls) {
        this.calls = Objects.requireNonNull(calls, "calls");
    }

    public List<Section> sections(String screen) {
        return calls.rows(Procedure.ADMIN_SECTION_LIST, Section.class, screen);
    }

    public List<Duty> duties(String screen) {
        return calls.rows(Procedure.ADMIN_DUTY_LIST, Duty.class, screen);
    }

    /** Imports the two CSV texts (seed 001's layout), all or nothing; adds only what is not there yet. */
    public ImportResult importCatalogue(String screen, String sectionsCsv, String dutiesCsv) {
        return one(calls.rows(Procedure.ADMIN_CATALOGUE_IMPORT, ImportResult.class, screen, sectionsCsv, dutiesCsv));
    }

    public void addSection(String screen, String code, String name, boolean holdsData, boolean doesLinkage) {
        calls.run(Procedure.ADMIN_SECTION_ADD, screen, code, name, holdsData, doesLinkage);
    }

    public void renameSection(String screen, String code, String name) {
        calls.run(Procedure.ADMIN_SECTION_RENAME, screen, code, name);
    }

    /** Retires a section without active staff, held persons or active duties. */
    public void retireSection(String screen, String code) {
        calls.run(Procedure.ADMIN_SECTION_RETIRE, screen, code);
    }

    /** Adds a duty to a 利用課; returns its id. SET items are opened for every person held now. */
    public int addDuty(String screen, String sectionCode, String businessName, String systemName) {
        return calls.scalar(Procedure.ADMIN_DUTY_ADD, Integer.class, screen, sectionCode, businessName, systemName);
    }

    public void renameDuty(String screen, int dutyId, String businessName, String systemName) {
        calls.run(Procedure.ADMIN_DUTY_RENAME, screen, dutyId, businessName, systemName);
    }

    /**
     * Retires a duty; {@code transferTo} (null for none) takes over its open items — refused without
     * one while the duty has open items.
     */
    public RetireResult retireDuty(String screen, int dutyId, Integer transferTo) {
        return one(calls.rows(Procedure.ADMIN_DUTY_RETIRE, RetireResult.class, screen, dutyId, transferTo));
    }

    private static <R> R one(List<R> rows) {
        if (rows.size() != 1) {
            throw new ServerRefusal(RefusalCode.ERROR_UNEXPECTED, List.of(), null);
        }
        return rows.get(0);
    }

    public record Section(String sectionCode, String name, boolean holdsData, boolean doesLinkage, boolean active,
            int activeStaff, int activeDuties) {
    }

    public record Duty(int dutyId, String sectionCode, String businessName, String systemName, boolean active,
            int openItems) {
    }

    public record ImportResult(int sectionsAdded, int sectionsKept, int dutiesAdded, int dutiesKept,
            int setItemsAdded) {
    }

    /** Open items moved to the taking-over duty, and removed because that duty had its own. */
    public record RetireResult(int moved, int merged) {
    }
}
