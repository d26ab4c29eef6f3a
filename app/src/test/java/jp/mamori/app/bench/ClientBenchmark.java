package jp.mamori.app.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;
import jp.mamori.app.MamoriApp;
import jp.mamori.app.session.CredentialMemory;
import jp.mamori.db.client.MamoriSession;
import jp.mamori.db.client.RegistryApi;
import jp.mamori.db.demo.DemoEnvironment;
import jp.mamori.db.demo.DemoUser;
import jp.mamori.db.demo.RegistryLoader;
import jp.mamori.db.domain.NameMatch;
import jp.mamori.db.domain.SearchCriteria;
import jp.mamori.db.domain.SearchResult;
import jp.mamori.db.domain.StatusFilter;
import jp.mamori.db.server.ServerContext;

/**
 * The client's own figures (issue "Measure it"): {@code cold-start} prints the time from JVM start
 * to the login window being shown (run it in a fresh JVM each time); {@code search-heap} prints
 * the client heap held by a 10,000-row search result fetched through the real client path.
 * Run by {@code installer/client-benchmark.sh}.
 */
public final class ClientBenchmark {

    private ClientBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        switch (args.length == 0 ? "" : args[0]) {
            case "cold-start" -> coldStart();
            case "search-heap" -> searchHeap(Path.of(args[1]));
            default -> throw new IllegalArgumentException("usage: cold-start | search-heap DIR");
        }
    }

    private static void coldStart() throws Exception {
        CountDownLatch shown = new CountDownLatch(1);
        long[] at = new long[1];
        MamoriApp app = new MamoriApp((source, password) -> {
            throw new IllegalStateException("no login in this measurement");
        }, List.of(), new CredentialMemory(Files.createTempDirectory("mamori-bench")), MamoriApp.standardScreens(),
                Optional.empty());
        Platform.startup(() -> {
            Stage stage = new Stage();
            stage.setOnShown(e -> {
                at[0] = System.currentTimeMillis();
                shown.countDown();
            });
            app.start(stage);
        });
        if (!shown.await(120, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the login window was not shown");
        }
        long start = ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.printf("client,cold start to login window,1,,,,%d,ms,,JVM start to the login stage shown (%s)%n",
                at[0] - start, System.getProperty("glass.platform", "default") + " glass");
        Platform.exit();
    }

    private static void searchHeap(Path dir) throws Exception {
        DemoEnvironment demo = DemoEnvironment.start(dir);
        try {
            long persons;
            try (Connection admin = ServerContext.get().admin().getConnection();
                    var st = admin.createStatement(); var rs = st.executeQuery("SELECT COUNT(*) FROM MAMORI.PERSON")) {
                rs.next();
                persons = rs.getLong(1);
            }
            if (persons < 30_000) {
                try (Connection admin = ServerContext.get().admin().getConnection()) {
                    new RegistryLoader(admin).load(RegistryLoader.Plan.of(30_000, 1.6, 7L, "bench.loader")
                            .startingAt(1_000_000));
                }
            }
            DemoUser clerk = demo.users().stream().filter(u -> u.userName().equals("zeimu.clerk")).findFirst()
                    .orElseThrow();
            try (MamoriSession session = new jp.mamori.db.client.MamoriConnector(demo.clientConfig())
                    .login(clerk.pkcs12(), clerk.password().toCharArray())) {
                RegistryApi api = session.procedures(RegistryApi.class);
                long before = usedAfterGc();
                long t0 = System.nanoTime();
                // every kana name containing ン, capped by the server at 10,000 rows
                SearchResult result = api.search("bench", new SearchCriteria(null, "ン", NameMatch.PARTIAL, null, null,
                        null, StatusFilter.ALL, SearchCriteria.MAX_LIMIT));
                long elapsed = (System.nanoTime() - t0) / 1_000_000;
                long after = usedAfterGc();
                System.out.printf("client,\"heap after a 10,000-row search result\",%d,,,,%.1f,MiB,,"
                        + "heap held by the result after GC (fetched in %d ms); before %.1f MiB%n",
                        result.persons().size(), (after - before) / 1048576.0, elapsed, before / 1048576.0);
                if (result.persons().isEmpty()) {
                    throw new IllegalStateException("empty result");
                }
            }
        } finally {
            demo.close();
        }
    }

    private static long usedAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }
}
