package jp.mamori.db.domain;

/**
 * A linkage duty (情報連携事務) as the pre-release check shows it when the requesting section is the
 * last holder: whether its section confirmed setting the flags, and so whether it will have to
 * release them.
 *
 * @param dutyId       duty id
 * @param sectionCode  the duty's section (利用課)
 * @param sectionName  its name
 * @param businessName 業務
 * @param systemName   システム in which the flags are set
 * @param setStatus    state of the SET item; {@code null} if the duty has none
 */
public record DutyFlagState(int dutyId, String sectionCode, String sectionName, String businessName,
        String systemName, FlagWorkStatus setStatus) {

    /** Whether the duty will get a RELEASE item: it confirmed that the flags are set. */
    public boolean releaseNeeded() {
        return setStatus == FlagWorkStatus.DONE;
    }
}
