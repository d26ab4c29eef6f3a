package jp.mamori.db.server;

import jp.mamori.db.tls.ClientJvm;
import java.util.Objects;

/**
 * JVM-wide H2 settings that must be in place before H2 reads its system properties — that is,
 * before any other H2 class is touched. Every process that runs the server calls
 * {@link #configure(String)} first.
 */
public final class ServerJvm {

    private static final String AUTH_CONFIG = "/jp/mamori/db/server/h2-auth.xml";

    private ServerJvm() {
    }

    /**
     * Sets the realm configuration, the listening address and turns off H2's JVM-wide
     * wrong-password delay.
     *
     * @param bindAddress the only address the server listens on, e.g. {@code 127.0.0.1}
     */
    public static void configure(String bindAddress) {
        System.setProperty("h2.bindAddress", bindAddress);
        String url = Objects.requireNonNull(ServerJvm.class.getResource(AUTH_CONFIG), AUTH_CONFIG).toString();
        System.setProperty("h2.authConfigFile", url);
        // H2's own delay is global and serialised: a few failures would slow every login.
        // mamori delays per account instead (StaffCredentialsValidator).
        System.setProperty("h2.delayWrongPasswordMin", "0");
        System.setProperty("h2.delayWrongPasswordMax", "0");
        ClientJvm.configure();
    }

    /** Fails fast if H2 was initialised without {@link #configure(String)}. */
    public static void requireConfigured() {
        if (org.h2.engine.SysProperties.AUTH_CONFIG_FILE == null
                || org.h2.engine.SysProperties.DELAY_WRONG_PASSWORD_MIN != 0
                || org.h2.engine.SysProperties.BIND_ADDRESS == null) {
            throw new IllegalStateException("ServerJvm.configure(...) must run before H2 is first used");
        }
    }
}
