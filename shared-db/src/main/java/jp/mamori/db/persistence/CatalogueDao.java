package jp.mamori.db.persistence;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * 所属 and 情報連携事務: the catalogue of sections and linkage duties. Flag-work items are only
 * counted and moved between duties here (never read by person); their rules stay in FlagWork.
 */
public interface CatalogueDao {

    /** A section with the counts the administrator needs before retiring it. */
    record SectionRow(String sectionCode, String name, boolean holdsData, boolean doesLinkage, boolean active,
            int activeStaff, int activeDuties) {
    }

    /** A linkage duty with its open flag-work items. */
    record DutyRow(int dutyId, String sectionCode, String businessName, String systemName, boolean active,
            int openItems) {
    }

    @SqlQuery("""
            SELECT S.SECTION_CODE, S.NAME, S.HOLDS_DATA, S.DOES_LINKAGE, S.ACTIVE,
                   (SELECT COUNT(*) FROM MAMORI.STAFF F WHERE F.SECTION_CODE = S.SECTION_CODE AND F.ACTIVE) AS ACTIVE_STAFF,
                   (SELECT COUNT(*) FROM MAMORI.LINKAGE_DUTY D WHERE D.SECTION_CODE = S.SECTION_CODE AND D.ACTIVE)
                       AS ACTIVE_DUTIES
            FROM MAMORI.SECTION S ORDER BY S.SECTION_CODE""")
    @RegisterConstructorMapper(SectionRow.class)
    List<SectionRow> sections();

    @SqlQuery("""
            SELECT D.DUTY_ID, D.SECTION_CODE, D.BUSINESS_NAME, D.SYSTEM_NAME, D.ACTIVE,
                   (SELECT COUNT(*) FROM MAMORI.FLAG_WORK W WHERE W.DUTY_ID = D.DUTY_ID AND W.STATUS = 'OPEN')
                       AS OPEN_ITEMS
            FROM MAMORI.LINKAGE_DUTY D ORDER BY D.SECTION_CODE, D.DUTY_ID""")
    @RegisterConstructorMapper(DutyRow.class)
    List<DutyRow> duties();

    @SqlQuery("""
            SELECT S.SECTION_CODE, S.NAME, S.HOLDS_DATA, S.DOES_LINKAGE, S.ACTIVE, 0 AS ACTIVE_STAFF,
                   0 AS ACTIVE_DUTIES
            FROM MAMORI.SECTION S WHERE S.SECTION_CODE = :code FOR UPDATE""")
    @RegisterConstructorMapper(SectionRow.class)
    Optional<SectionRow> lockSection(@Bind("code") String sectionCode);

    @SqlQuery("SELECT COUNT(*) > 0 FROM MAMORI.SECTION WHERE NAME = :name AND SECTION_CODE <> :code")
    boolean sectionNameTaken(@Bind("name") String name, @Bind("code") String exceptCode);

    @SqlUpdate("""
            INSERT INTO MAMORI.SECTION (SECTION_CODE, NAME, HOLDS_DATA, DOES_LINKAGE)
            VALUES (:code, :name, :holdsData, :doesLinkage)""")
    void insertSection(@Bind("code") String sectionCode, @Bind("name") String name,
            @Bind("holdsData") boolean holdsData, @Bind("doesLinkage") boolean doesLinkage);

    @SqlUpdate("UPDATE MAMORI.SECTION SET NAME = :name WHERE SECTION_CODE = :code")
    int renameSection(@Bind("code") String sectionCode, @Bind("name") String name);

    @SqlUpdate("UPDATE MAMORI.SECTION SET ACTIVE = FALSE WHERE SECTION_CODE = :code AND ACTIVE")
    int retireSection(@Bind("code") String sectionCode);

    @SqlQuery("SELECT COUNT(*) FROM MAMORI.STAFF WHERE SECTION_CODE = :code AND ACTIVE")
    int activeStaffOf(@Bind("code") String sectionCode);

    @SqlQuery("SELECT COUNT(*) FROM MAMORI.LINKAGE_DUTY WHERE SECTION_CODE = :code AND ACTIVE")
    int activeDutiesOf(@Bind("code") String sectionCode);

    /** How many persons the section holds now (a count only: the administrator sees no person). */
    @SqlQuery("SELECT COUNT(*) FROM MAMORI.REGISTRATION WHERE SECTION_CODE = :code AND RELEASE_DATE IS NULL")
    int heldBy(@Bind("code") String sectionCode);

    @SqlQuery("""
            SELECT D.DUTY_ID, D.SECTION_CODE, D.BUSINESS_NAME, D.SYSTEM_NAME, D.ACTIVE, 0 AS OPEN_ITEMS
            FROM MAMORI.LINKAGE_DUTY D WHERE D.DUTY_ID = :id FOR UPDATE""")
    @RegisterConstructorMapper(DutyRow.class)
    Optional<DutyRow> lockDuty(@Bind("id") int dutyId);

    @SqlQuery("""
            SELECT COUNT(*) > 0 FROM MAMORI.LINKAGE_DUTY
            WHERE SECTION_CODE = :section AND BUSINESS_NAME = :business AND SYSTEM_NAME = :system AND DUTY_ID <> :id""")
    boolean dutyTaken(@Bind("section") String sectionCode, @Bind("business") String businessName,
            @Bind("system") String systemName, @Bind("id") int exceptId);

    @SqlQuery("SELECT COUNT(*) > 0 FROM MAMORI.LINKAGE_DUTY WHERE SECTION_CODE = :section AND BUSINESS_NAME = :business")
    boolean businessListed(@Bind("section") String sectionCode, @Bind("business") String businessName);

    @SqlUpdate("""
            INSERT INTO MAMORI.LINKAGE_DUTY (SECTION_CODE, BUSINESS_NAME, SYSTEM_NAME)
            VALUES (:section, :business, :system)""")
    @GetGeneratedKeys("DUTY_ID")
    int insertDuty(@Bind("section") String sectionCode, @Bind("business") String businessName,
            @Bind("system") String systemName);

    @SqlUpdate("UPDATE MAMORI.LINKAGE_DUTY SET BUSINESS_NAME = :business, SYSTEM_NAME = :system WHERE DUTY_ID = :id")
    int renameDuty(@Bind("id") int dutyId, @Bind("business") String businessName, @Bind("system") String systemName);

    @SqlUpdate("UPDATE MAMORI.LINKAGE_DUTY SET ACTIVE = FALSE WHERE DUTY_ID = :id AND ACTIVE")
    int retireDuty(@Bind("id") int dutyId);

    @SqlQuery("SELECT COUNT(*) FROM MAMORI.FLAG_WORK WHERE DUTY_ID = :id AND STATUS = 'OPEN'")
    int openItems(@Bind("id") int dutyId);

    /**
     * Moves the open items of a retiring duty to the duty taking over its work, where that duty has
     * no item of the same person and kind yet.
     */
    @SqlUpdate("""
            UPDATE MAMORI.FLAG_WORK W SET DUTY_ID = :to
            WHERE W.DUTY_ID = :from AND W.STATUS = 'OPEN'
              AND NOT EXISTS (SELECT 1 FROM MAMORI.FLAG_WORK X
                              WHERE X.PERSON_ID = W.PERSON_ID AND X.DUTY_ID = :to AND X.KIND = W.KIND)""")
    int moveOpenItems(@Bind("from") int fromDuty, @Bind("to") int toDuty);

    /**
     * The open items of a retiring duty whose person already has an item of the same kind in the
     * duty taking over: that item carries the work on, so the retiring duty's copy is removed.
     */
    @SqlUpdate("""
            DELETE FROM MAMORI.FLAG_WORK W
            WHERE W.DUTY_ID = :from AND W.STATUS = 'OPEN'
              AND EXISTS (SELECT 1 FROM MAMORI.FLAG_WORK X
                          WHERE X.PERSON_ID = W.PERSON_ID AND X.DUTY_ID = :to AND X.KIND = W.KIND)""")
    int mergeOpenItems(@Bind("from") int fromDuty, @Bind("to") int toDuty);
}
