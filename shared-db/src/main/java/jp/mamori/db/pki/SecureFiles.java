package jp.mamori.db.pki;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** Files that only the owning account may read: keys, passwords, key stores. */
public final class SecureFiles {

    private SecureFiles() {
    }

    /** Creates (or truncates) a file with owner-only permissions where POSIX permissions exist. */
    public static void createOwnerOnly(Path file) throws IOException {
        boolean posix = file.getFileSystem().supportedFileAttributeViews().contains("posix");
        try {
            if (posix) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(file);
            }
        } catch (FileAlreadyExistsException e) {
            if (posix) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
        }
    }

    /** Creates a directory that only the owner may enter, where POSIX permissions exist. */
    public static Path createOwnerOnlyDirectory(Path dir) throws IOException {
        Files.createDirectories(dir);
        if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        }
        return dir;
    }

    /** Writes text to an owner-only file. */
    public static void writeOwnerOnly(Path file, String text) throws IOException {
        createOwnerOnly(file);
        Files.writeString(file, text);
    }
}
