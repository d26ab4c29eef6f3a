package jp.mamori.db.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo catalogue of 所属 (sections) and 情報連携事務 (linkage duties) taken from seed 001
 * (別紙1 保有課, 別紙2 利用課). The data lives in {@code sections.csv} and
 * {@code linkage-duties.csv} beside this class; the comment lines there explain every choice.
 */
public final class DemoCatalog {

    /** Stands for a system that the seed does not name; the administrator completes it. */
    public static final String SYSTEM_NOT_REGISTERED = "（システム名未登録）";

    private static final Logger LOG = LoggerFactory.getLogger(DemoCatalog.class);

    /** The sections file shipped with this module, in seed 001's layout. */
    public static final String SECTIONS_RESOURCE = "sections.csv";
    /** The linkage duties file shipped with this module. */
    public static final String DUTIES_RESOURCE = "linkage-duties.csv";

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setCommentMarker('#')
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .get();

    private final List<SectionSeed> sections;
    private final List<LinkageDutySeed> linkageDuties;

    private DemoCatalog(List<SectionSeed> sections, List<LinkageDutySeed> linkageDuties) {
        this.sections = List.copyOf(sections);
        this.linkageDuties = List.copyOf(linkageDuties);
        checkConsistency();
    }

    /** Loads the catalogue shipped with this module. */
    public static DemoCatalog load() {
        try (Reader sectionReader = resource(SECTIONS_RESOURCE);
                Reader dutyReader = resource(DUTIES_RESOURCE)) {
            return parse(sectionReader, dutyReader);
        } catch (IOException e) {
            throw new UncheckedIOException("demo catalogue cannot be read", e);
        }
    }

    /**
     * Parses a catalogue from two CSV texts with header rows
     * {@code SECTION_CODE,NAME,HOLDS_DATA,DOES_LINKAGE} and
     * {@code SECTION_CODE,BUSINESS_NAME,SYSTEM_NAME}; lines starting with {@code #} are comments.
     */
    public static DemoCatalog parse(Reader sectionsCsv, Reader dutiesCsv) throws IOException {
        List<SectionSeed> sections = new ArrayList<>();
        try (CSVParser parser = FORMAT.parse(sectionsCsv)) {
            for (CSVRecord row : parser) {
                sections.add(new SectionSeed(row.get("SECTION_CODE"), row.get("NAME"),
                        bool(row, "HOLDS_DATA"), bool(row, "DOES_LINKAGE")));
            }
        }
        List<LinkageDutySeed> duties = new ArrayList<>();
        try (CSVParser parser = FORMAT.parse(dutiesCsv)) {
            for (CSVRecord row : parser) {
                duties.add(new LinkageDutySeed(row.get("SECTION_CODE"), row.get("BUSINESS_NAME"),
                        row.get("SYSTEM_NAME")));
            }
        }
        return new DemoCatalog(sections, duties);
    }

    /** All sections, in file order. */
    public List<SectionSeed> sections() {
        return sections;
    }

    /** All linkage duties, in file order. */
    public List<LinkageDutySeed> linkageDuties() {
        return linkageDuties;
    }

    /** The sections that hold data (保有課), in file order. */
    public List<SectionSeed> holdingSections() {
        return sections.stream().filter(SectionSeed::holdsData).toList();
    }

    /** The duties whose system the seed does not name. */
    public List<LinkageDutySeed> dutiesWithoutSystem() {
        return linkageDuties.stream().filter(LinkageDutySeed::systemNotRegistered).toList();
    }

    /**
     * Inserts the catalogue into {@code MAMORI.SECTION} and {@code MAMORI.LINKAGE_DUTY} in one
     * transaction, skipping what is already there: a section whose code exists, and a duty for
     * whose section and business any duty exists (so that a system name the administrator has
     * since completed is not joined by the placeholder again). The connection's auto-commit
     * mode is restored afterwards.
     *
     * @param adminConnection a connection with write access to schema MAMORI
     * @return how many rows were inserted
     */
    public InsertCount insertInto(Connection adminConnection) throws SQLException {
        boolean autoCommit = adminConnection.getAutoCommit();
        adminConnection.setAutoCommit(false);
        try {
            int sectionRows = insertSections(adminConnection);
            int dutyRows = insertDuties(adminConnection);
            adminConnection.commit();
            LOG.info("demo catalogue: {} sections and {} linkage duties inserted", sectionRows, dutyRows);
            return new InsertCount(sectionRows, dutyRows);
        } catch (SQLException | RuntimeException e) {
            adminConnection.rollback();
            throw e;
        } finally {
            adminConnection.setAutoCommit(autoCommit);
        }
    }

    /** Rows inserted by {@link #insertInto(Connection)}. */
    public record InsertCount(int sections, int linkageDuties) {
    }

    private int insertSections(Connection connection) throws SQLException {
        Set<String> existing = new HashSet<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT SECTION_CODE FROM MAMORI.SECTION");
                ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                existing.add(rs.getString(1));
            }
        }
        int inserted = 0;
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO MAMORI.SECTION (SECTION_CODE, NAME, HOLDS_DATA, DOES_LINKAGE)
                VALUES (?, ?, ?, ?)""")) {
            for (SectionSeed section : sections) {
                if (existing.contains(section.code())) {
                    continue;
                }
                insert.setString(1, section.code());
                insert.setString(2, section.name());
                insert.setBoolean(3, section.holdsData());
                insert.setBoolean(4, section.doesLinkage());
                inserted += insert.executeUpdate();
            }
        }
        return inserted;
    }

    private int insertDuties(Connection connection) throws SQLException {
        Set<List<String>> existing = new HashSet<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT SECTION_CODE, BUSINESS_NAME FROM MAMORI.LINKAGE_DUTY");
                ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                existing.add(List.of(rs.getString(1), rs.getString(2)));
            }
        }
        int inserted = 0;
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO MAMORI.LINKAGE_DUTY (SECTION_CODE, BUSINESS_NAME, SYSTEM_NAME)
                VALUES (?, ?, ?)""")) {
            for (LinkageDutySeed duty : linkageDuties) {
                if (existing.contains(List.of(duty.sectionCode(), duty.businessName()))) {
                    continue;
                }
                insert.setString(1, duty.sectionCode());
                insert.setString(2, duty.businessName());
                insert.setString(3, duty.systemName());
                inserted += insert.executeUpdate();
            }
        }
        return inserted;
    }

    private void checkConsistency() {
        Set<String> codes = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (SectionSeed section : sections) {
            if (!codes.add(section.code()) || !names.add(section.name())) {
                throw new IllegalArgumentException("duplicate section: " + section.code());
            }
        }
        Set<List<String>> duties = new HashSet<>();
        for (LinkageDutySeed duty : linkageDuties) {
            SectionSeed section = sections.stream()
                    .filter(s -> s.code().equals(duty.sectionCode()))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(
                            "linkage duty names an unknown section: " + duty.sectionCode()));
            if (!section.doesLinkage()) {
                throw new IllegalArgumentException(
                        "linkage duty for a section without linkage: " + duty.sectionCode());
            }
            if (!duties.add(List.of(duty.sectionCode(), duty.businessName()))) {
                throw new IllegalArgumentException("duplicate linkage duty: " + duty.sectionCode()
                        + " / " + duty.businessName());
            }
        }
        for (SectionSeed section : sections) {
            boolean hasDuty = linkageDuties.stream()
                    .anyMatch(d -> d.sectionCode().equals(section.code()));
            if (section.doesLinkage() && !hasDuty) {
                throw new IllegalArgumentException("linkage section without duty: " + section.code());
            }
        }
    }

    private static boolean bool(CSVRecord row, String column) {
        String value = row.get(column);
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(
                    column + " must be true or false in line " + row.getRecordNumber() + ": " + value);
        };
    }

    /** The text of a catalogue resource shipped with this module. */
    public static String resourceText(String name) {
        try (InputStream in = DemoCatalog.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("demo catalogue resource missing: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("demo catalogue cannot be read", e);
        }
    }

    private static Reader resource(String name) {
        InputStream in = DemoCatalog.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("demo catalogue resource missing: " + name);
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}
