package jp.mamori.db.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import jp.mamori.db.catalogue.CatalogueCsv;

/**
 * The two catalogue files named on the command line: a directory holding {@code sections.csv} and
 * {@code linkage-duties.csv}, or the two files as {@code SECTIONS,DUTIES}; UTF-8 or Shift_JIS.
 */
record CatalogueFiles(String sections, String duties) {

    static final String SECTIONS = "sections.csv";
    static final String DUTIES = "linkage-duties.csv";

    static CatalogueFiles of(String argument) throws IOException {
        Path sections;
        Path duties;
        Path given = Path.of(argument);
        if (Files.isDirectory(given)) {
            sections = given.resolve(SECTIONS);
            duties = given.resolve(DUTIES);
        } else {
            String[] parts = argument.split(",");
            if (parts.length != 2) {
                throw new IllegalArgumentException("--catalogue takes a directory or SECTIONS.csv,DUTIES.csv");
            }
            sections = Path.of(parts[0]);
            duties = Path.of(parts[1]);
        }
        for (Path p : new Path[] {sections, duties}) {
            if (!Files.isRegularFile(p)) {
                throw new IllegalArgumentException("catalogue file not found: " + p);
            }
        }
        return new CatalogueFiles(CatalogueCsv.decode(Files.readAllBytes(sections)),
                CatalogueCsv.decode(Files.readAllBytes(duties)));
    }
}
