package jp.mamori.db.durability;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

/**
 * A mamori server in its own process, started with the real server command, killable with SIGKILL.
 * The server's classes and classpath are taken from the shared-db module's {@code target}
 * directory: the working directory, or the one named by {@code -Dmamori.sharedDbDir}.
 */
public final class ServerProcess implements AutoCloseable {

    /** Heap of the server process unless a caller gives another. */
    public static final String DEFAULT_HEAP = "512m";

    private final Process process;
    private final int port;

    private ServerProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts {@code mamori-server start} on the given directory and port with the default heap. */
    public static ServerProcess start(Path serverDir, int port, Path log) throws IOException, InterruptedException {
        return start(serverDir, port, log, DEFAULT_HEAP);
    }

    /** Starts {@code mamori-server start} and waits until it listens, at most 60 s. */
    public static ServerProcess start(Path serverDir, int port, Path log, String heap)
            throws IOException, InterruptedException {
        return start(serverDir, port, log, heap, Duration.ofSeconds(60));
    }

    /**
     * Starts {@code mamori-server start} and waits until it listens, at most {@code timeout}
     * (start-up includes migrations and the flag-work reconciliation of every person).
     *
     * @param heap the {@code -Xmx} value, e.g. {@code 512m}
     */
    public static ServerProcess start(Path serverDir, int port, Path log, String heap, Duration timeout)
            throws IOException, InterruptedException {
        return start(serverDir, port, log, heap, timeout, List.of(), List.of());
    }

    /**
     * Starts {@code mamori-server start} with extra JVM options and classpath entries (for
     * experiments that swap in a JDK service, e.g. a socket factory).
     */
    public static ServerProcess start(Path serverDir, int port, Path log, String heap, Duration timeout,
            List<String> jvmOptions, List<Path> extraClasspath) throws IOException, InterruptedException {
        return start(serverDir, port, log, heap, timeout, jvmOptions, extraClasspath, List.of());
    }

    /**
     * Starts {@code mamori-server start --maintenance-sql on}: the server's administrator
     * {@code SERVER@SERVERADMIN} may run SQL over loopback, for tests that inspect or fill the
     * database of a server in another process (never a production setting, ADR 0005).
     */
    public static ServerProcess startWithMaintenanceSql(Path serverDir, int port, Path log)
            throws IOException, InterruptedException {
        return start(serverDir, port, log, DEFAULT_HEAP, Duration.ofSeconds(60), List.of(), List.of(),
                List.of("--maintenance-sql", "on"));
    }

    /** As above, with options of {@code mamori-server start} after the directory and port. */
    public static ServerProcess start(Path serverDir, int port, Path log, String heap, Duration timeout,
            List<String> jvmOptions, List<Path> extraClasspath, List<String> serverOptions)
            throws IOException, InterruptedException {
        Path target = moduleDirectory().resolve("target");
        StringBuilder classpath = new StringBuilder(target.resolve("classes").toAbsolutePath().toString());
        for (Path extra : extraClasspath) {
            classpath.append(java.io.File.pathSeparator).append(extra.toAbsolutePath());
        }
        classpath.append(java.io.File.pathSeparator)
                .append(Files.readString(target.resolve("runtime-classpath.txt")).strip());
        String javaBinary = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(javaBinary, "-Xmx" + heap,
                "-Dfile.encoding=UTF-8", "-Dlogback.configurationFile=logback-server.xml"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", classpath.toString(),
                "jp.mamori.db.server.ServerCommand", "start", "--dir", serverDir.toString(),
                "--port", Integer.toString(port)));
        command.addAll(serverOptions);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        ServerProcess server = new ServerProcess(builder.start(), port);
        server.awaitListening(timeout);
        return server;
    }

    /** The shared-db module directory. */
    public static Path moduleDirectory() {
        return Path.of(System.getProperty("mamori.sharedDbDir", ".")).toAbsolutePath().normalize();
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private void awaitListening(Duration timeout) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IOException("server process exited with " + process.exitValue());
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new IOException("server did not listen within " + timeout);
    }

    public int port() {
        return port;
    }

    /** The operating system's process id of the server. */
    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /**
     * A memory figure of the server process from {@code /proc/<pid>/status} in KiB, e.g.
     * {@code VmRSS} (resident now) or {@code VmHWM} (resident peak); empty where there is no such file.
     */
    public OptionalLong statusKib(String field) throws IOException {
        Path status = Path.of("/proc", Long.toString(pid()), "status");
        if (!Files.isReadable(status)) {
            return OptionalLong.empty();
        }
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith(field + ":")) {
                String[] parts = line.substring(field.length() + 1).trim().split("\\s+");
                return OptionalLong.of(Long.parseLong(parts[0]));
            }
        }
        return OptionalLong.empty();
    }

    /** SIGKILL: no shutdown hook, no flush, no goodbye. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM (orderly shutdown through the server's hook), SIGKILL after 30 s. */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }
}
