package jp.mamori.app.common;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The Japanese names of a person's fields as the server names them in refusals
 * ({@code conflict.mismatch}: {@code nameKanji nameKana sex birthDate}).
 */
public final class FieldNames {

    /** 氏名 */
    public static final String NAME_KANJI = "nameKanji";
    /** 氏名カナ */
    public static final String NAME_KANA = "nameKana";
    /** 性別 */
    public static final String SEX = "sex";
    /** 生年月日 */
    public static final String BIRTH_DATE = "birthDate";

    private FieldNames() {
    }

    /** The Japanese name of one field; an unknown field is shown as 「その他の項目」. */
    public static String of(String field) {
        return switch (field) {
            case NAME_KANJI -> Messages.get("field.nameKanji");
            case NAME_KANA -> Messages.get("field.nameKana");
            case SEX -> Messages.get("field.sex");
            case BIRTH_DATE -> Messages.get("field.birthDate");
            default -> Messages.get("field.other");
        };
    }

    /** The Japanese names joined with 「、」, e.g. 「氏名、生年月日」. */
    public static String join(List<String> fields) {
        return fields.stream().map(FieldNames::of).distinct()
                .collect(Collectors.joining(Messages.get("list.separator")));
    }
}
