package jp.mamori.db.client;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a staff member's login key (利用者の鍵) comes from: a PKCS#12 key file, or a PKCS#11
 * token such as a smart card (IC カード), whose key never leaves the token (ADR 0002).
 */
public sealed interface StaffKeySource {

    /**
     * A PKCS#12 key file, opened with the fixed public store password of {@code KeyFiles}.
     *
     * @param pkcs12 the staff member's key file
     */
    record KeyFile(Path pkcs12) implements StaffKeySource {
        public KeyFile {
            Objects.requireNonNull(pkcs12, "pkcs12");
        }
    }

    /**
     * A key on a PKCS#11 token, reached through the token vendor's PKCS#11 library. The PIN only
     * unlocks the token on this terminal; the login password is still checked by the server. The
     * array is the caller's: it is read, not kept, and the caller may clear it after the login.
     *
     * @param library        the PKCS#11 library (a {@code .so} or {@code .dll}) of the token
     * @param slotListIndex  index of the token's slot in the library's slot list (0 for the first)
     * @param pin            the token's user PIN
     */
    record Pkcs11Token(Path library, int slotListIndex, char[] pin) implements StaffKeySource {
        public Pkcs11Token {
            Objects.requireNonNull(library, "library");
            Objects.requireNonNull(pin, "pin");
            if (slotListIndex < 0) {
                throw new IllegalArgumentException("slotListIndex must not be negative");
            }
            String text = library.toString();
            if (text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
                throw new IllegalArgumentException("the PKCS#11 library path contains a quote or a line break");
            }
        }

        /** Never shows the PIN. */
        @Override
        public String toString() {
            return "Pkcs11Token[library=" + library + ", slotListIndex=" + slotListIndex + "]";
        }
    }
}
