package jp.mamori.db;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CyclePathMatcherTest {

    private static final String AUTH_SERVER = """
            Cycle detected: Slice auth ->\s
                            Slice server ->\s
                            Slice auth
              1. Dependencies of Slice auth
                - Method <jp.mamori.db.auth.A.a()> calls method <jp.mamori.db.server.B.b()> in (A.java:10)
              2. Dependencies of Slice server
                - Method <jp.mamori.db.server.B.c()> calls method <jp.mamori.db.auth.A.d()> in (B.java:20)""";

    private final CyclePathMatcher matcher = new CyclePathMatcher();

    @Test
    void aKnownCycleStaysKnownWhileItsEdgesChange() {
        String oneEdgeLess = AUTH_SERVER.substring(0, AUTH_SERVER.indexOf("\n  2. Dependencies"))
                + "\n  2. Dependencies of Slice server\n    - Field <jp.mamori.db.server.B.x> has type"
                + " <jp.mamori.db.auth.A> in (B.java:0)";
        assertTrue(matcher.matches(oneEdgeLess, AUTH_SERVER));
    }

    @Test
    void aNewCycleIsNotKnown() {
        String procServer = AUTH_SERVER.replace("Slice auth", "Slice proc");
        assertFalse(matcher.matches(procServer, AUTH_SERVER));
        String longer = AUTH_SERVER.replaceFirst("Slice server ->\\s", "Slice server ->\n"
                + "                Slice proc -> ");
        assertFalse(matcher.matches(longer, AUTH_SERVER));
    }
}
