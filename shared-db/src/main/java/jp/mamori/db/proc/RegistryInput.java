package jp.mamori.db.proc;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;
import jp.mamori.db.domain.NameMatch;
import jp.mamori.db.domain.RegistrationBasis;
import jp.mamori.db.domain.Sex;
import jp.mamori.db.domain.StatusFilter;
import jp.mamori.db.server.ServerContext;
import jp.mamori.db.server.Settings;
import jp.mamori.db.text.AddresseeNumber;
import jp.mamori.db.text.BirthDates;
import jp.mamori.db.text.KanaName;
import jp.mamori.db.text.KanjiName;
import jp.mamori.db.text.ParseResult;
import jp.mamori.db.contract.ArgumentError;
import jp.mamori.db.contract.MunicipalTime;
import jp.mamori.db.contract.RefusalCode;

/**
 * The arguments of the registry procedures, read on the server with the same Japanese input rules
 * the screens use: nothing a client sends is trusted. Every rejection is the refusal
 * {@code invalid.input} whose first argument is the message key (an {@code InputError} key or one
 * of the {@code input.*} keys below) followed by that message's arguments; the audit row gets the
 * key only, never the rejected value (ADR 0013).
 */
final class RegistryInput {

    /** The municipality's time zone: 入力日 and "today" for dates of birth. */
    static final ZoneId ZONE = MunicipalTime.ZONE;

    static final RefusalCode INVALID_INPUT = RefusalCode.INVALID_INPUT;
    static final String SEX_INVALID = ArgumentError.SEX_INVALID.key();
    static final String BASIS_INVALID = ArgumentError.BASIS_INVALID.key();
    static final String FLAGS_REQUIRED = ArgumentError.FLAGS_REQUIRED.key();
    static final String CONFIRM_INVALID = ArgumentError.CONFIRM_EXISTING_INVALID.key();
    static final String PERSON_ID_INVALID = ArgumentError.PERSON_ID_INVALID.key();
    static final String VERSION_INVALID = ArgumentError.VERSION_INVALID.key();
    static final String LIMIT_INVALID = ArgumentError.LIMIT_INVALID.key();
    static final String SECTION_INVALID = ArgumentError.SECTION_CODE_INVALID.key();
    static final String STATUS_INVALID = ArgumentError.STATUS_INVALID.key();
    static final String NAME_MATCH_INVALID = ArgumentError.NAME_MATCH_INVALID.key();

    /** The most rows one search may return, whatever the client asks for. */
    static final int MAX_LIMIT = 10_000;

    private static final String SETTING_NUMBER_LENGTH = "person.addresseeNumberMaxLength";

    private final AuditNote note;
    private final Clock clock;

    RegistryInput(AuditNote note) {
        this.note = note;
        this.clock = ServerContext.get().clock().withZone(ZONE);
    }

    /** Today in the municipality. */
    LocalDate today() {
        return LocalDate.now(clock);
    }

    static boolean isBlank(String raw) {
        return raw == null || raw.isBlank();
    }

    String addresseeNumber(Handle h, String raw) throws Refusal {
        return accepted(AddresseeNumber.parse(raw, numberLength(h)));
    }

    /** The most digits of a 団体内統合宛名番号 (setting {@value #SETTING_NUMBER_LENGTH}); the client learns it at login. */
    static int numberLength(Handle h) {
        int configured = Settings.intValue(h, SETTING_NUMBER_LENGTH, AddresseeNumber.DEFAULT_MAX_LENGTH);
        return Math.max(1, Math.min(AddresseeNumber.ABSOLUTE_MAX_LENGTH, configured));
    }

    String kanjiName(String raw) throws Refusal {
        return accepted(KanjiName.parse(raw));
    }

    String kanaName(String raw) throws Refusal {
        return accepted(KanaName.parse(raw));
    }

    LocalDate birthDate(String raw) throws Refusal {
        return accepted(BirthDates.parse(raw, clock));
    }

    Sex sex(String raw) throws Refusal {
        return enumValue(Sex.class, raw, SEX_INVALID);
    }

    RegistrationBasis basis(String raw) throws Refusal {
        return enumValue(RegistrationBasis.class, raw, BASIS_INVALID);
    }

    StatusFilter status(String raw) throws Refusal {
        return enumValue(StatusFilter.class, raw, STATUS_INVALID);
    }

    /** PREFIX unless PARTIAL is asked for. */
    NameMatch nameMatch(String raw) throws Refusal {
        return isBlank(raw) ? NameMatch.PREFIX : enumValue(NameMatch.class, raw, NAME_MATCH_INVALID);
    }

    /** 自動応答不可フラグ and 不開示該当フラグ: both must be set at registration (that is the purpose). */
    void requireBothFlags(String autoResponseBlocked, String nonDisclosure) throws Refusal {
        if (!"TRUE".equalsIgnoreCase(autoResponseBlocked) || !"TRUE".equalsIgnoreCase(nonDisclosure)) {
            throw reject(FLAGS_REQUIRED);
        }
    }

    boolean confirmExisting(String raw) throws Refusal {
        if ("TRUE".equalsIgnoreCase(raw)) {
            return true;
        }
        if ("FALSE".equalsIgnoreCase(raw)) {
            return false;
        }
        throw reject(CONFIRM_INVALID);
    }

    long personId(String raw) throws Refusal {
        if (raw == null || !raw.matches("[1-9][0-9]{0,17}")) {
            throw reject(PERSON_ID_INVALID);
        }
        return Long.parseLong(raw);
    }

    int version(String raw) throws Refusal {
        if (raw == null || !raw.matches("0|[1-9][0-9]{0,8}")) {
            throw reject(VERSION_INVALID);
        }
        return Integer.parseInt(raw);
    }

    /** A row limit of at least 1, capped at {@link #MAX_LIMIT}. */
    int limit(String raw) throws Refusal {
        if (raw == null || !raw.matches("[1-9][0-9]{0,8}")) {
            throw reject(LIMIT_INVALID);
        }
        return Math.min(MAX_LIMIT, Integer.parseInt(raw));
    }

    /** An existing section's code. */
    String sectionCode(Handle h, String raw) throws Refusal {
        if (raw == null || !raw.matches("[0-9A-Z]{2,16}")
                || h.createQuery("SELECT COUNT(*) FROM MAMORI.SECTION WHERE SECTION_CODE = :code")
                        .bind("code", raw).mapTo(Integer.class).one() == 0) {
            throw reject(SECTION_INVALID);
        }
        return raw;
    }

    private <T> T accepted(ParseResult<T> result) throws Refusal {
        if (result instanceof ParseResult.Rejected<T> rejected) {
            List<Object> args = new ArrayList<>();
            args.add(rejected.messageKey());
            args.addAll(rejected.arguments());
            throw rejectWith(rejected.messageKey(), args.toArray());
        }
        return result.orElseThrow();
    }

    private <E extends Enum<E>> E enumValue(Class<E> type, String raw, String key) throws Refusal {
        if (raw != null && raw.matches("[A-Z_]{1,16}")) {
            for (E value : type.getEnumConstants()) {
                if (value.name().equals(raw)) {
                    return value;
                }
            }
        }
        throw reject(key);
    }

    private Refusal reject(String key) {
        return rejectWith(key, key);
    }

    /**
     * The refusal of a rejected value: the audit row gets the message key (which names the field
     * and the error), never the value itself, which may be a victim's name or a hostile string
     * (ADR 0013). The client gets the key and the message's arguments.
     */
    private Refusal rejectWith(String key, Object... args) {
        note.detail("reason", key);
        return new Refusal(INVALID_INPUT, args);
    }
}
