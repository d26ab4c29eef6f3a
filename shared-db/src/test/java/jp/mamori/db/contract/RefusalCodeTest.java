package jp.mamori.db.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import jp.mamori.db.auth.LoginStatus;
import jp.mamori.db.auth.SessionEnd;
import jp.mamori.db.client.ServerRefusal;
import jp.mamori.db.proc.Refusal;
import org.junit.jupiter.api.Test;

/** The refusal codes and input keys of the contract are complete, unique and the only ones used (ADR 0014). */
class RefusalCodeTest {

    private static final Path MAIN = Path.of("src/main/java/jp/mamori/db");

    @Test
    void wireCodesAreUniqueStableKeys() {
        Set<String> seen = new HashSet<>();
        for (RefusalCode code : RefusalCode.values()) {
            assertTrue(code.wire().matches("[a-z][a-zA-Z0-9._]{0,63}"), code.wire());
            assertTrue(seen.add(code.wire()), "twice: " + code.wire());
            if (code != RefusalCode.UNKNOWN) {
                assertEquals(code, RefusalCode.ofWire(code.wire()).orElseThrow());
            }
        }
    }

    @Test
    void everyRestrictedLoginStatusHasItsCode() {
        for (LoginStatus status : LoginStatus.values()) {
            if (status != LoginStatus.OK) {
                assertTrue(RefusalCode.restrictedSession(status.name()).endsSession(), status.name());
            }
        }
    }

    @Test
    void everyWayASessionEndsIsAContractCodeThatEndsTheSession() {
        Set<RefusalCode> codes = new HashSet<>();
        for (SessionEnd end : SessionEnd.values()) {
            RefusalCode code = end.refusalCode();
            assertTrue(code.serverEndedSession() && code.endsSession(), end.name());
            assertTrue(codes.add(code), "twice: " + code);
        }
        assertEquals(RefusalCode.SESSION_ENDED_MAX_AGE, SessionEnd.MAX_AGE.refusalCode());
        assertEquals("session.ended.maxage", SessionEnd.MAX_AGE.refusalCode().wire(), "the wire form main sends");
        assertFalse(RefusalCode.DENIED_RATE.endsSession());
    }

    @SuppressWarnings("deprecation")
    @Test
    void theStringFormIsCheckedAgainstTheContract() {
        assertEquals(RefusalCode.CONFLICT_VERSION, new Refusal("conflict.version").refusalCode());
        assertThrows(IllegalArgumentException.class, () -> new Refusal("conflict.versoin"));
        assertThrows(IllegalArgumentException.class, () -> new Refusal(RefusalCode.CONNECTION_LOST),
                "a client-side code is never thrown by the server");
    }

    @Test
    void anUnknownWireCodeIsUnknownAndKeepsTheCode() {
        ServerRefusal known = new ServerRefusal("denied.role", List.of(), null);
        assertEquals(RefusalCode.DENIED_ROLE, known.refusalCode());
        ServerRefusal future = new ServerRefusal("denied.future", List.of("x"), null);
        assertEquals(RefusalCode.UNKNOWN, future.refusalCode());
        assertEquals("denied.future", future.code());
        assertEquals(List.of("x"), future.args());
    }

    @Test
    void theServerNamesRefusalCodesOnlyThroughTheEnum() throws IOException {
        // thrown codes, codes written into audit rows, session.ended.* built by concatenation, and
        // the wire form the guard writes itself ("MAMORI[code]")
        Pattern literal = Pattern.compile("new Refusal\\(\\s*\"|\"((denied|invalid|conflict|notfound|confirm)\\.[a-zA-Z.]+"
                + "|session\\.ended\\.[a-zA-Z.]*|error\\.internal)\"|\"MAMORI\\[[a-z]");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.startsWith(MAIN.resolve("contract"))).toList()) {
                Matcher m = literal.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    found.add(file.getFileName() + ": " + m.group());
                }
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    void everyFieldTheWorkProceduresReadHasItsInputKeys() throws IOException {
        Pattern field = Pattern.compile("WorkInput\\.(required|code)\\([^;]*?\"([a-zA-Z]+)\"\\)");
        int fields = 0;
        try (Stream<Path> files = Files.walk(MAIN.resolve("proc"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = field.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    fields++;
                    ArgumentError.ofKey("input." + m.group(2) + ".required");
                    if (m.group(1).equals("code")) {
                        ArgumentError.ofKey("input." + m.group(2) + ".invalid");
                    }
                }
            }
        }
        assertTrue(fields >= 15, "the scan found too few fields: " + fields);
    }
}
