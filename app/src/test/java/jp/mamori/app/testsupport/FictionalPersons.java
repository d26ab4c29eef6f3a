package jp.mamori.app.testsupport;

import java.security.SecureRandom;

/** Unique fictional persons for tests: numbers starting with 8, names starting with 見本. */
public final class FictionalPersons {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String KATAKANA = "アイウエオカキクケコサシスセソタチテトナニヌネノハヒフヘホマミムメモラリルレロ";
    private static final String KANJI = "一二三四五六七八九十百千万丸山川森林";

    private FictionalPersons() {
    }

    /** A random 15-digit number starting with 8. */
    public static String number() {
        StringBuilder digits = new StringBuilder("8");
        for (int i = 0; i < 14; i++) {
            digits.append(RANDOM.nextInt(10));
        }
        return digits.toString();
    }

    /** A random katakana tag of four letters. */
    public static String kanaTag() {
        StringBuilder tag = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            tag.append(KATAKANA.charAt(RANDOM.nextInt(KATAKANA.length())));
        }
        return tag.toString();
    }

    /** A random kanji tag of three characters. */
    public static String kanjiTag() {
        StringBuilder tag = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            tag.append(KANJI.charAt(RANDOM.nextInt(KANJI.length())));
        }
        return tag.toString();
    }
}
