package jp.mamori.db.audit;

/** A file of an audit log bundle is not in the form the exporter writes. */
public final class BundleFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String file;

    public BundleFormatException(String file, String message) {
        super(file + ": " + message);
        this.file = file;
    }

    public BundleFormatException(String file, String message, Throwable cause) {
        super(file + ": " + message, cause);
        this.file = file;
    }

    /** The bundle file that could not be read. */
    public String file() {
        return file;
    }
}
