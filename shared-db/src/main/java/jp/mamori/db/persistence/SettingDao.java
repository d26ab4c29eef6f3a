package jp.mamori.db.persistence;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** 設定: MAMORI.SETTING, name and text value. */
public interface SettingDao {

    /** One stored setting. */
    record SettingRow(String name, String val) {
    }

    @SqlQuery("SELECT NAME, VAL FROM MAMORI.SETTING WHERE NAME IN (<names>) ORDER BY NAME")
    @RegisterConstructorMapper(SettingRow.class)
    List<SettingRow> values(@BindList("names") List<String> names);

    @SqlQuery("SELECT VAL FROM MAMORI.SETTING WHERE NAME = :name FOR UPDATE")
    Optional<String> lockValue(@Bind("name") String name);

    @SqlUpdate("MERGE INTO MAMORI.SETTING (NAME, VAL) KEY (NAME) VALUES (:name, :val)")
    void put(@Bind("name") String name, @Bind("val") String value);
}
