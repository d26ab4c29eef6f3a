package jp.mamori.db.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * 異体字の同一視表: the single table {@code itaiji.tsv} (variant TAB canonical) used by
 * {@link SearchKeys#kanjiKey}. Loaded once, on first use, by the class-holder idiom (thread-safe
 * without locks). Lookups are keyed by the NFKC form of the variant, because the search key applies
 * NFKC first; a row whose variant NFKC already turns into its canonical is accepted and documents
 * that fold.
 */
final class ItaijiTable {

    static final String RESOURCE = "itaiji.tsv";

    private static final Logger LOG = LoggerFactory.getLogger(ItaijiTable.class);

    /** One row of the file. */
    record Entry(int variant, int canonical, int line) {
    }

    private final List<Entry> entries;
    private final Map<Integer, Integer> folds;

    private ItaijiTable(List<Entry> entries, Map<Integer, Integer> folds) {
        this.entries = List.copyOf(entries);
        this.folds = Map.copyOf(folds);
    }

    /** The table from the class path, loaded on first call. */
    static ItaijiTable instance() {
        return Holder.INSTANCE;
    }

    /** The canonical code point for an NFKC-normalised code point; the code point itself if none. */
    int fold(int codePoint) {
        Integer canonical = folds.get(codePoint);
        return canonical == null ? codePoint : canonical;
    }

    /** The rows as written in the file. */
    List<Entry> entries() {
        return entries;
    }

    /**
     * Reads and checks a table: two TAB-separated fields of one ideograph each, no duplicate variant,
     * no canonical that is itself a variant (so no chains or cycles), canonicals stable under NFKC.
     *
     * @throws IllegalArgumentException naming the line of the first defect
     */
    static ItaijiTable parse(Reader reader) throws IOException {
        List<Entry> entries = new ArrayList<>();
        BufferedReader lines = new BufferedReader(reader);
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            if (number == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            if (fields.length != 2) {
                throw defect(number, "expected variant TAB canonical");
            }
            entries.add(new Entry(singleIdeograph(fields[0], number), singleIdeograph(fields[1], number), number));
        }
        return new ItaijiTable(entries, checkedFolds(entries));
    }

    private static Map<Integer, Integer> checkedFolds(List<Entry> entries) {
        Set<Integer> variants = new HashSet<>();
        for (Entry e : entries) {
            if (e.variant() == e.canonical()) {
                throw defect(e.line(), "variant equals canonical");
            }
            if (!variants.add(e.variant())) {
                throw defect(e.line(), "duplicate variant");
            }
        }
        Map<Integer, Integer> folds = new HashMap<>();
        for (Entry e : entries) {
            if (variants.contains(e.canonical())) {
                throw defect(e.line(), "canonical is itself a variant (chain or cycle)");
            }
            int canonical = e.canonical();
            if (nfkc(canonical) != canonical) {
                throw defect(e.line(), "canonical is changed by NFKC; write the NFKC form");
            }
            int key = nfkc(e.variant());
            if (key == canonical) {
                continue; // NFKC already folds this variant
            }
            Integer previous = folds.put(key, canonical);
            if (previous != null && previous != canonical) {
                throw defect(e.line(), "variant folds to two canonicals after NFKC");
            }
        }
        for (Map.Entry<Integer, Integer> fold : folds.entrySet()) {
            if (folds.containsKey(fold.getValue())) {
                throw new IllegalArgumentException(RESOURCE + ": chain after NFKC at "
                        + CharacterDescriptions.codePointName(fold.getKey()));
            }
        }
        return folds;
    }

    private static int singleIdeograph(String field, int line) {
        if (field.isEmpty() || field.codePointCount(0, field.length()) != 1) {
            throw defect(line, "each field must be exactly one character");
        }
        int cp = field.codePointAt(0);
        if (!Character.isIdeographic(cp)) {
            throw defect(line, "not an ideograph: " + CharacterDescriptions.codePointName(cp));
        }
        return cp;
    }

    private static int nfkc(int cp) {
        String normalised = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC);
        return normalised.codePointCount(0, normalised.length()) == 1 ? normalised.codePointAt(0) : cp;
    }

    private static IllegalArgumentException defect(int line, String what) {
        return new IllegalArgumentException(RESOURCE + " line " + line + ": " + what);
    }

    private static final class Holder {
        static final ItaijiTable INSTANCE = load();

        private static ItaijiTable load() {
            try (InputStream in = ItaijiTable.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " is missing from the class path");
                }
                ItaijiTable table = parse(new InputStreamReader(in, StandardCharsets.UTF_8));
                LOG.debug("itaiji table loaded: {} rows, {} folds beyond NFKC",
                        table.entries.size(), table.folds.size());
                return table;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            }
        }
    }
}
