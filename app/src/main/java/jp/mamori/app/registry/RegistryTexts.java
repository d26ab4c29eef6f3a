package jp.mamori.app.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.mamori.app.common.Messages;
import jp.mamori.db.domain.PersonSummary;
import jp.mamori.db.domain.RegistrationBasis;
import jp.mamori.db.domain.RegistrationView;
import jp.mamori.db.domain.Sex;
import jp.mamori.db.domain.StatusFilter;
import jp.mamori.db.text.BirthDates;
import jp.mamori.db.text.Era;
import jp.mamori.db.text.Wareki;

/** How the registry screens show a person's values in Japanese. */
public final class RegistryTexts {

    private RegistryTexts() {
    }

    /** 男, 女 or 不明・その他. */
    public static String sex(Sex sex) {
        if (sex == null) {
            return "";
        }
        return switch (sex) {
            case M -> Messages.get("sex.male");
            case F -> Messages.get("sex.female");
            case U -> Messages.get("sex.unknown");
        };
    }

    /** 男, 女 or 不明, for narrow table columns. */
    public static String sexShort(Sex sex) {
        return sex == Sex.U ? Messages.get("sex.unknown.short") : sex(sex);
    }

    /** 本人の申出 or 申出によらず設定が明らかに必要. */
    public static String basis(RegistrationBasis basis) {
        if (basis == null) {
            return "";
        }
        return switch (basis) {
            case APPLICATION -> Messages.get("basis.application");
            case EVIDENT_NEED -> Messages.get("basis.evidentNeed");
        };
    }

    /** 登録中, 解除済 or すべて. */
    public static String status(StatusFilter status) {
        return switch (status) {
            case ACTIVE -> Messages.get("search.status.active");
            case RELEASED -> Messages.get("search.status.released");
            case ALL -> Messages.get("search.status.all");
        };
    }

    /** A date in both calendars, e.g. {@code 1975-04-01（昭和50年4月1日）}; empty for null. */
    public static String date(LocalDate date) {
        return date == null ? "" : BirthDates.display(date);
    }

    /**
     * A date in both calendars, short, for table cells: {@code 1975-04-01（S50.4.1）}; empty for
     * null.
     */
    public static String dateShort(LocalDate date) {
        if (date == null) {
            return "";
        }
        return Era.of(date).isPresent() ? date + "（" + Wareki.formatShort(date) + "）" : date.toString();
    }

    /** The sections holding the person now, e.g. 「税務課、子ども家庭課」, or that none does. */
    public static String holdingSections(PersonSummary person) {
        List<String> names = person.holdingSectionNameList();
        return names.isEmpty() ? Messages.get("person.holding.none")
                : String.join(Messages.get("list.separator"), names);
    }

    /** The flags of a registration, e.g. 「自動応答不可・不開示」. */
    public static String flags(RegistrationView registration) {
        List<String> set = new ArrayList<>();
        if (registration.autoResponseBlocked()) {
            set.add(Messages.get("flag.autoResponseBlocked.short"));
        }
        if (registration.nonDisclosure()) {
            set.add(Messages.get("flag.nonDisclosure.short"));
        }
        return set.isEmpty() ? Messages.get("flag.none") : String.join("・", set);
    }

    /** 解除日 (ISO, as 入力日 beside it), or 「（登録中）」 while the registration is active. */
    public static String releaseDate(RegistrationView registration) {
        return registration.released().map(LocalDate::toString)
                .orElse(Messages.get("registration.active"));
    }
}
