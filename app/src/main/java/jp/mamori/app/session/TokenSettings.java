package jp.mamori.app.session;

import java.nio.file.Path;

/**
 * Where this terminal's IC card (PKCS#11 token) is: the middleware library and the slot. Set by
 * the terminal's {@code client.properties}; without it the IC card option is not offered.
 *
 * @param library       the PKCS#11 library of the card reader's middleware
 * @param slotListIndex the slot of the card
 */
public record TokenSettings(Path library, int slotListIndex) {
}
