package jp.mamori.db.catalogue;

/**
 * A catalogue file that cannot be imported: which file, which line and why, as a message key the
 * client shows in Japanese ({@code input.catalogue.*}). Nothing of a refused file is imported.
 */
public final class CatalogueFormatException extends Exception {

    /** Which of the two files. */
    public enum File {
        SECTIONS, DUTIES
    }

    private final File file;
    private final long line;
    private final String messageKey;

    public CatalogueFormatException(File file, long line, String messageKey) {
        super(file + " line " + line + ": " + messageKey);
        this.file = file;
        this.line = line;
        this.messageKey = messageKey;
    }

    public File file() {
        return file;
    }

    /** 1-based line of the file; 0 when the file as a whole is wrong (no header, too large). */
    public long line() {
        return line;
    }

    public String messageKey() {
        return messageKey;
    }
}
