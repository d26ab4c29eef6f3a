package jp.mamori.db.demo;

import java.nio.file.Path;
import jp.mamori.db.domain.StaffRole;

/** A demo login: documented in the README, never for production. */
public record DemoUser(String userName, String displayName, StaffRole role, String sectionName,
        Path pkcs12, String password) {
}
