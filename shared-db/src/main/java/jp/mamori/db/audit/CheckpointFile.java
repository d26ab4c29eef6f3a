package jp.mamori.db.audit;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The checkpoint file kept outside the database (ADR 0005): one {@link Checkpoint#toLine()} per
 * line, US-ASCII, LF, appended and forced to disk ({@link FileChannel#force(boolean)}) before
 * {@link #append(Checkpoint)} returns. Only one writer may hold the file open (an exclusive file
 * lock).
 *
 * <p>A crash during an append can leave a torn last line without its newline. Reading reports such
 * a line and leaves it out; opening for append cuts it off (it was never acknowledged as written)
 * and logs that it did, so that the next checkpoint starts on a line of its own.
 */
public final class CheckpointFile implements Closeable {

    private static final Logger LOG = LoggerFactory.getLogger(CheckpointFile.class);

    /** What a read found. */
    public record Contents(List<Checkpoint> checkpoints, Optional<String> tornLastLine, List<Integer> malformedLines) {

        public Contents {
            checkpoints = List.copyOf(checkpoints);
            Objects.requireNonNull(tornLastLine, "tornLastLine");
            malformedLines = List.copyOf(malformedLines);
        }

        /** True when every line was a complete, well-formed checkpoint. */
        public boolean clean() {
            return tornLastLine.isEmpty() && malformedLines.isEmpty();
        }
    }

    private final Path path;
    private final FileChannel channel;
    private final FileLock lock;
    private final long tornBytesRemoved;

    private CheckpointFile(Path path, FileChannel channel, FileLock lock, long tornBytesRemoved) {
        this.path = path;
        this.channel = channel;
        this.lock = lock;
        this.tornBytesRemoved = tornBytesRemoved;
    }

    /**
     * Opens (creating if needed) the file for appending, taking an exclusive lock.
     *
     * @throws IOException if the file cannot be opened or another process holds it
     */
    public static CheckpointFile openForAppend(Path path) throws IOException {
        FileChannel channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        try {
            FileLock lock = tryLock(channel, path);
            long removed = cutTornTail(channel);
            if (removed > 0) {
                LOG.warn("Checkpoint file {} ended in an incomplete line of {} bytes; it was removed", path, removed);
            }
            channel.position(channel.size());
            return new CheckpointFile(path, channel, lock, removed);
        } catch (IOException | RuntimeException e) {
            try {
                channel.close();
            } catch (IOException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
    }

    /** Appends one checkpoint line and forces it, with the file length, to the storage device. */
    public synchronized void append(Checkpoint checkpoint) throws IOException {
        ByteBuffer line = ByteBuffer.wrap((checkpoint.toLine() + "\n").getBytes(StandardCharsets.US_ASCII));
        while (line.hasRemaining()) {
            channel.write(line);
        }
        channel.force(true);
    }

    /** Bytes of a torn last line that {@link #openForAppend(Path)} removed (0 normally). */
    public long tornBytesRemoved() {
        return tornBytesRemoved;
    }

    public Path path() {
        return path;
    }

    /**
     * Reads every checkpoint. A last line without its newline is reported as torn and left out; a
     * line that does not parse elsewhere is reported by its line number (1-based) and left out.
     */
    public static Contents read(Path path) throws IOException {
        boolean endsWithNewline;
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            endsWithNewline = channel.size() == 0 || lastByte(channel) == '\n';
        }
        List<Checkpoint> checkpoints = new ArrayList<>();
        List<Integer> malformed = new ArrayList<>();
        String torn = null;
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(Files.newInputStream(path), StandardCharsets.US_ASCII))) {
            String line = reader.readLine();
            int number = 0;
            while (line != null) {
                number++;
                String next = reader.readLine();
                if (next == null && !endsWithNewline) {
                    torn = line;
                } else {
                    try {
                        checkpoints.add(Checkpoint.parseLine(line));
                    } catch (RuntimeException e) {
                        malformed.add(number);
                    }
                }
                line = next;
            }
        }
        return new Contents(checkpoints, Optional.ofNullable(torn), malformed);
    }

    @Override
    public synchronized void close() throws IOException {
        try {
            if (lock.isValid()) {
                lock.release();
            }
        } finally {
            channel.close();
        }
    }

    private static FileLock tryLock(FileChannel channel, Path path) throws IOException {
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            throw new IOException("checkpoint file " + path + " is already open for writing", e);
        }
        if (lock == null) {
            throw new IOException("checkpoint file " + path + " is locked by another process");
        }
        return lock;
    }

    /** Truncates after the last newline if the file does not end in one; returns bytes removed. */
    private static long cutTornTail(FileChannel channel) throws IOException {
        long size = channel.size();
        if (size == 0 || lastByte(channel) == '\n') {
            return 0;
        }
        long keep = size;
        ByteBuffer one = ByteBuffer.allocate(1);
        while (keep > 0) {
            one.clear();
            channel.read(one, keep - 1);
            if (one.get(0) == '\n') {
                break;
            }
            keep--;
        }
        channel.truncate(keep);
        channel.force(true);
        return size - keep;
    }

    private static byte lastByte(FileChannel channel) throws IOException {
        ByteBuffer one = ByteBuffer.allocate(1);
        channel.read(one, channel.size() - 1);
        return one.get(0);
    }
}
