package jp.mamori.db.catalogue;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a catalogue from two CSV texts in seed 001's layout (the demo's {@code sections.csv} and
 * {@code linkage-duties.csv} are examples): headers {@code SECTION_CODE,NAME,HOLDS_DATA,DOES_LINKAGE}
 * and {@code SECTION_CODE,BUSINESS_NAME,SYSTEM_NAME}; lines starting with {@code #} are comments; a
 * UTF-8 byte order mark is ignored. Every row is checked; the first problem is reported with its
 * file and line.
 */
public final class CatalogueCsv {

    /** The largest file accepted (a city has tens of sections and a few hundred duties). */
    public static final int MAX_CHARACTERS = 1_000_000;
    private static final Pattern SECTION_CODE = Pattern.compile("[0-9A-Z]{2,16}");
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setCommentMarker('#')
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .get();

    private CatalogueCsv() {
    }

    /**
     * Parses and checks both files.
     *
     * @param sectionsCsv     the sections file's text
     * @param dutiesCsv       the duties file's text
     * @param knownSections   sections already in the database, by code, with whether they do linkage
     */
    public static Catalogue parse(String sectionsCsv, String dutiesCsv, Map<String, Boolean> knownSections)
            throws CatalogueFormatException {
        List<Catalogue.Section> sections = read(CatalogueFormatException.File.SECTIONS, sectionsCsv,
                List.of("SECTION_CODE", "NAME", "HOLDS_DATA", "DOES_LINKAGE"), CatalogueCsv::section);
        List<Catalogue.Duty> duties = read(CatalogueFormatException.File.DUTIES, dutiesCsv,
                List.of("SECTION_CODE", "BUSINESS_NAME", "SYSTEM_NAME"), CatalogueCsv::duty);
        checkSections(sections);
        checkDuties(sections, duties, knownSections);
        return new Catalogue(sections, duties);
    }

    /**
     * The text of a catalogue file as a city keeps it: UTF-8 (with or without BOM) when the bytes are
     * valid UTF-8, otherwise Shift_JIS as Excel saves it (windows-31j).
     */
    public static String decode(byte[] bytes) {
        try {
            return java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return new String(bytes, java.nio.charset.Charset.forName("windows-31j"));
        }
    }

    private interface RowReader<T> {
        T read(CSVRecord row, long line) throws CatalogueFormatException;
    }

    private static <T> List<T> read(CatalogueFormatException.File file, String text, List<String> header,
            RowReader<T> reader) throws CatalogueFormatException {
        if (text == null || text.isEmpty()) {
            throw new CatalogueFormatException(file, 0, "input.catalogue.empty");
        }
        if (text.length() > MAX_CHARACTERS) {
            throw new CatalogueFormatException(file, 0, "input.catalogue.tooLarge");
        }
        String body = text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
        List<T> rows = new ArrayList<>();
        LineCounter lines = new LineCounter(body);
        try (CSVParser parser = FORMAT.parse(new StringReader(body))) {
            if (!parser.getHeaderNames().equals(header)) {
                throw new CatalogueFormatException(file, 1, "input.catalogue.header");
            }
            for (CSVRecord row : parser) {
                long line = lines.lineAt(row.getCharacterPosition());
                if (row.size() != header.size()) {
                    throw new CatalogueFormatException(file, line, "input.catalogue.columns");
                }
                rows.add(reader.read(row, line));
            }
        } catch (IOException | IllegalStateException | IllegalArgumentException e) {
            // commons-csv reports a broken quote or a duplicate header as one of these
            throw new CatalogueFormatException(file, 0, "input.catalogue.malformed");
        } catch (UncheckedIOException e) {
            throw new CatalogueFormatException(file, 0, "input.catalogue.malformed");
        }
        return rows;
    }

    /** The 1-based line of a character position, for positions that only grow (records in file order). */
    private static final class LineCounter {
        private final String text;
        private int position;
        private long line = 1;

        LineCounter(String text) {
            this.text = text;
        }

        long lineAt(long target) {
            while (position < target && position < text.length()) {
                if (text.charAt(position++) == '\n') {
                    line++;
                }
            }
            return line;
        }
    }

    private static Catalogue.Section section(CSVRecord row, long line) throws CatalogueFormatException {
        String code = row.get("SECTION_CODE");
        String name = row.get("NAME");
        if (!SECTION_CODE.matcher(code).matches()) {
            throw sectionsAt(line, "input.catalogue.sectionCode");
        }
        if (!TextRules.fits(name, 64)) {
            throw sectionsAt(line, "input.catalogue.sectionName");
        }
        return new Catalogue.Section(code, name, bool(row.get("HOLDS_DATA"), line), bool(row.get("DOES_LINKAGE"), line),
                line);
    }

    private static Catalogue.Duty duty(CSVRecord row, long line) throws CatalogueFormatException {
        String business = row.get("BUSINESS_NAME");
        String system = row.get("SYSTEM_NAME");
        if (!TextRules.fits(business, 128) || !TextRules.fits(system, 128)) {
            throw new CatalogueFormatException(CatalogueFormatException.File.DUTIES, line, "input.catalogue.dutyName");
        }
        return new Catalogue.Duty(row.get("SECTION_CODE"), business, system, line);
    }

    private static boolean bool(String value, long line) throws CatalogueFormatException {
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw sectionsAt(line, "input.catalogue.boolean");
        };
    }

    private static void checkSections(List<Catalogue.Section> sections) throws CatalogueFormatException {
        Set<String> codes = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (Catalogue.Section s : sections) {
            if (!codes.add(s.code()) || !names.add(s.name())) {
                throw sectionsAt(s.line(), "input.catalogue.duplicateSection");
            }
            if (!s.holdsData() && !s.doesLinkage()) {
                throw sectionsAt(s.line(), "input.catalogue.sectionWithoutRole");
            }
        }
    }

    private static void checkDuties(List<Catalogue.Section> sections, List<Catalogue.Duty> duties,
            Map<String, Boolean> knownSections) throws CatalogueFormatException {
        Map<String, Boolean> linkage = new java.util.HashMap<>(knownSections);
        linkage.putAll(sections.stream().collect(Collectors.toMap(Catalogue.Section::code,
                Catalogue.Section::doesLinkage)));
        Set<List<String>> seen = new HashSet<>();
        for (Catalogue.Duty d : duties) {
            Boolean doesLinkage = linkage.get(d.sectionCode());
            if (doesLinkage == null) {
                throw dutiesAt(d.line(), "input.catalogue.unknownSection");
            }
            if (!doesLinkage) {
                throw dutiesAt(d.line(), "input.catalogue.notLinkageSection");
            }
            if (!seen.add(List.of(d.sectionCode(), d.businessName(), d.systemName()))) {
                throw dutiesAt(d.line(), "input.catalogue.duplicateDuty");
            }
        }
    }

    private static CatalogueFormatException sectionsAt(long line, String key) {
        return new CatalogueFormatException(CatalogueFormatException.File.SECTIONS, line, key);
    }

    private static CatalogueFormatException dutiesAt(long line, String key) {
        return new CatalogueFormatException(CatalogueFormatException.File.DUTIES, line, key);
    }

}
