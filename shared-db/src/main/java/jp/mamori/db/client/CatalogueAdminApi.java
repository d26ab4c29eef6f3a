package jp.mamori.db.client;

import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.FetchSize;
import org.jdbi.v3.sqlobject.statement.SqlCall;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

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
public interface CatalogueAdminApi {

    @FetchSize(FlagWorkApi.RESULT_FETCH_SIZE)
    @SqlQuery("CALL API.ADMIN_SECTION_LIST(:screen)")
    @RegisterConstructorMapper(Section.class)
    List<Section> sections(@Bind("screen") String screen);

    @FetchSize(FlagWorkApi.RESULT_FETCH_SIZE)
    @SqlQuery("CALL API.ADMIN_DUTY_LIST(:screen)")
    @RegisterConstructorMapper(Duty.class)
    List<Duty> duties(@Bind("screen") String screen);

    /** Imports the two CSV texts (seed 001's layout), all or nothing; adds only what is not there yet. */
    @SqlQuery("CALL API.ADMIN_CATALOGUE_IMPORT(:screen, :sections, :duties)")
    @RegisterConstructorMapper(ImportResult.class)
    ImportResult importCatalogue(@Bind("screen") String screen, @Bind("sections") String sectionsCsv,
            @Bind("duties") String dutiesCsv);

    @SqlCall("CALL API.ADMIN_SECTION_ADD(:screen, :code, :name, :holdsData, :doesLinkage)")
    void addSection(@Bind("screen") String screen, @Bind("code") String code, @Bind("name") String name,
            @Bind("holdsData") boolean holdsData, @Bind("doesLinkage") boolean doesLinkage);

    @SqlCall("CALL API.ADMIN_SECTION_RENAME(:screen, :code, :name)")
    void renameSection(@Bind("screen") String screen, @Bind("code") String code, @Bind("name") String name);

    /** Retires a section without active staff, held persons or active duties. */
    @SqlCall("CALL API.ADMIN_SECTION_RETIRE(:screen, :code)")
    void retireSection(@Bind("screen") String screen, @Bind("code") String code);

    /** Adds a duty to a 利用課; returns its id. SET items are opened for every person held now. */
    @SqlQuery("CALL API.ADMIN_DUTY_ADD(:screen, :section, :business, :system)")
    int addDuty(@Bind("screen") String screen, @Bind("section") String sectionCode,
            @Bind("business") String businessName, @Bind("system") String systemName);

    @SqlCall("CALL API.ADMIN_DUTY_RENAME(:screen, :id, :business, :system)")
    void renameDuty(@Bind("screen") String screen, @Bind("id") int dutyId, @Bind("business") String businessName,
            @Bind("system") String systemName);

    /**
     * Retires a duty; {@code transferTo} (null for none) takes over its open items — refused without
     * one while the duty has open items.
     */
    @SqlQuery("CALL API.ADMIN_DUTY_RETIRE(:screen, :id, :transferTo)")
    @RegisterConstructorMapper(RetireResult.class)
    RetireResult retireDuty(@Bind("screen") String screen, @Bind("id") int dutyId,
            @Bind("transferTo") Integer transferTo);

    record Section(String sectionCode, String name, boolean holdsData, boolean doesLinkage, boolean active,
            int activeStaff, int activeDuties) {
    }

    record Duty(int dutyId, String sectionCode, String businessName, String systemName, boolean active,
            int openItems) {
    }

    record ImportResult(int sectionsAdded, int sectionsKept, int dutiesAdded, int dutiesKept, int setItemsAdded) {
    }

    /** Open items moved to the taking-over duty, and removed because that duty had its own. */
    record RetireResult(int moved, int merged) {
    }
}
