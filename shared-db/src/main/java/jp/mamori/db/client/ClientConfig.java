package jp.mamori.db.client;

import java.nio.file.Path;

/**
 * What a designated terminal needs to reach the server: its address, the project CA certificate
 * that the server's TLS certificate must chain to, and the terminal's own key store (指定端末の鍵).
 *
 * @param server                  the server
 * @param caCertificate           PEM file of the project CA
 * @param terminalKeystore        PKCS#12 of this terminal (key + certificate issued by the CA)
 * @param terminalKeystorePassword password of that PKCS#12, readable only by the terminal account
 */
public record ClientConfig(ServerAddress server, Path caCertificate, Path terminalKeystore,
        char[] terminalKeystorePassword) {
}
