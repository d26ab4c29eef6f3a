package jp.mamori.app.release;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import jp.mamori.app.common.Messages;
import jp.mamori.db.domain.FlagWorkStatus;
import jp.mamori.db.domain.RejectReason;
import jp.mamori.db.domain.ReleaseBasis;
import jp.mamori.db.domain.ReleaseKind;

/**
 * The Japanese names of the codes of 解除・削除 and of flag work, and the date formats of these
 * screens. Codes are never shown as such: every code the server sends has a name here.
 */
public final class ReleaseTexts {

    /** The municipality's time zone, in which request times are shown. */
    public static final ZoneId ZONE = jp.mamori.db.contract.MunicipalTime.ZONE;

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private ReleaseTexts() {
    }

    /** 解除 or 削除. */
    public static String kind(ReleaseKind kind) {
        return switch (kind) {
            case RELEASE -> Messages.get("release.kind.release");
            case DELETE -> Messages.get("release.kind.delete");
        };
    }

    /** 本人の申出による解除, 保護の必要がなくなった, 登録誤り or 重複登録. */
    public static String basis(ReleaseBasis basis) {
        return switch (basis) {
            case APPLICATION -> Messages.get("release.basis.application");
            case NO_LONGER_NEEDED -> Messages.get("release.basis.noLongerNeeded");
            case ERRONEOUS -> Messages.get("release.basis.erroneous");
            case DUPLICATE -> Messages.get("release.basis.duplicate");
        };
    }

    /** 根拠が不十分, 対象者の誤り or 別の手続によるべき. */
    public static String rejectReason(RejectReason reason) {
        return switch (reason) {
            case INSUFFICIENT_BASIS -> Messages.get("release.reject.insufficientBasis");
            case WRONG_PERSON -> Messages.get("release.reject.wrongPerson");
            case OTHER_PROCEDURE -> Messages.get("release.reject.otherProcedure");
        };
    }

    /**
     * What a release means for one linkage duty when the section is the last holder: it confirmed
     * the flags set and will have to release them, or it never confirmed them and its item closes.
     */
    public static String dutyConsequence(FlagWorkStatus setStatus) {
        if (setStatus == FlagWorkStatus.DONE) {
            return Messages.get("precheck.duty.mustRelease");
        }
        if (setStatus == FlagWorkStatus.OPEN) {
            return Messages.get("precheck.duty.neverConfirmed");
        }
        return Messages.get("precheck.duty.noItem");
    }

    /**
     * A system name to be shown in brackets: a name that is itself bracketed (the placeholder
     * 「（システム名未登録）」) loses its own brackets, so that it does not read 「（（…））」.
     */
    public static String system(String systemName) {
        if (systemName != null && systemName.length() > 2 && systemName.startsWith("（") && systemName.endsWith("）")) {
            return systemName.substring(1, systemName.length() - 1);
        }
        return systemName == null ? "" : systemName;
    }

    /** A date as {@code 2025-04-01}; empty for null. */
    public static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    /** A moment as {@code 2025-04-01 10:15} in the municipality's time; empty for null. */
    public static String dateTime(OffsetDateTime moment) {
        return moment == null ? "" : DATE_TIME.format(moment.atZoneSameInstant(ZONE));
    }

    /** An age in days, e.g. 「12日」. */
    public static String days(int days) {
        return Messages.get("common.days", days);
    }
}
