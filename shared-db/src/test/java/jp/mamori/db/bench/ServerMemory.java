package jp.mamori.db.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Memory figures of the server process: resident set from {@code /proc/<pid>/status}, and the
 * heap in use after a full collection, asked of the JVM with {@code jcmd} (the resident set of a
 * JVM mostly shows how far its heap has grown, not what it holds).
 */
final class ServerMemory {

    private static final Pattern HEAP_USED = Pattern.compile("heap\\s+total\\s+(\\d+)K,\\s+used\\s+(\\d+)K");

    private ServerMemory() {
    }

    static void residentSet(BenchServer server, String measure, BenchReport report) throws IOException {
        OptionalLong rss = server.serverMemoryKib("VmRSS");
        if (rss.isPresent()) {
            report.add(BenchRow.figure("memory", measure, 0, rss.getAsLong() / 1024.0, "MiB", Double.NaN,
                    "VmRSS of the separate server process"));
        } else {
            report.add(BenchRow.todo("memory", measure, "no /proc on this system: not measured"));
        }
    }

    /** Runs a full GC in the server and reports the heap still in use. */
    static void liveHeap(BenchServer server, String heapLimit, BenchReport report) throws Exception {
        String pid = Long.toString(server.serverPid());
        String gc = jcmd(pid, "GC.run");
        String info = gc == null ? null : jcmd(pid, "GC.heap_info");
        Matcher m = info == null ? null : HEAP_USED.matcher(info);
        if (m != null && m.find()) {
            report.add(BenchRow.figure("memory", "server heap in use after a full GC", 0,
                    Long.parseLong(m.group(2)) / 1024.0, "MiB", Double.NaN, String.format(java.util.Locale.ROOT,
                            "jcmd GC.run + GC.heap_info; heap committed %.0f MiB of -Xmx%s",
                            Long.parseLong(m.group(1)) / 1024.0, heapLimit)));
        } else {
            report.add(BenchRow.todo("memory", "server heap in use after a full GC", "jcmd not available"));
        }
    }

    private static String jcmd(String pid, String command) throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        if (!jcmd.toFile().canExecute()) {
            return null;
        }
        Process p = new ProcessBuilder(jcmd.toString(), pid, command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            return null;
        }
        return out;
    }
}
