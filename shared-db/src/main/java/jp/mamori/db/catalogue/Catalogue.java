package jp.mamori.db.catalogue;

import java.util.List;

/**
 * A city's catalogue of 所属 and 情報連携事務 as read from its CSV files (seed 001's layout, ADR 0015).
 *
 * @param sections      sections in file order
 * @param linkageDuties duties in file order
 */
public record Catalogue(List<Section> sections, List<Duty> linkageDuties) {

    public Catalogue {
        sections = List.copyOf(sections);
        linkageDuties = List.copyOf(linkageDuties);
    }

    /**
     * One 所属.
     *
     * @param code        所属コード, {@code ^[0-9A-Z]{2,16}$}
     * @param name        所属名, 1 to 64 characters
     * @param holdsData   保有課
     * @param doesLinkage 利用課（情報連携事務所管課）
     * @param line        line of the file it came from
     */
    public record Section(String code, String name, boolean holdsData, boolean doesLinkage, long line) {
    }

    /**
     * One 情報連携事務.
     *
     * @param sectionCode  the 利用課
     * @param businessName 業務, 1 to 128 characters
     * @param systemName   the system in which the section sets the flags, 1 to 128 characters
     * @param line         line of the file it came from
     */
    public record Duty(String sectionCode, String businessName, String systemName, long line) {
    }
}
