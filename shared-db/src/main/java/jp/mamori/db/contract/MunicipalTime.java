package jp.mamori.db.contract;

import java.time.ZoneId;

/** The municipality's time zone: what "today" and "now" mean on both sides (入力日, 解除日, the 操作ログ shown). */
public final class MunicipalTime {

    /** Asia/Tokyo. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");

    private MunicipalTime() {
    }
}
