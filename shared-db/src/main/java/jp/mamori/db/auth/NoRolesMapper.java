package jp.mamori.db.auth;

import java.util.Collection;
import java.util.List;
import org.h2.api.UserToRolesMapper;
import org.h2.security.auth.AuthenticationInfo;
import org.h2.security.auth.ConfigProperties;

/**
 * Gives realm users no database role at all: staff accounts hold no privilege on any table and
 * reach data only through the procedures in schema API (ADR 0003).
 */
public final class NoRolesMapper implements UserToRolesMapper {

    @Override
    public void configure(ConfigProperties configProperties) {
        // no configuration
    }

    @Override
    public Collection<String> mapUserToRoles(AuthenticationInfo authenticationInfo) {
        return List.of();
    }
}
