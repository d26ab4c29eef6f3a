package jp.mamori.db.client;

/** Where the mamori database server listens (TLS only). */
public record ServerAddress(String host, int port, String database) {

    /** The JDBC URL for a realm login over TLS. */
    public String jdbcUrl(String realm) {
        return "jdbc:h2:ssl://" + host + ":" + port + "/" + database + ";AUTHREALM=" + realm;
    }

    @Override
    public String toString() {
        return host + ":" + port;
    }
}
