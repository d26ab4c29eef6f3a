package jp.mamori.db.proc;

import java.time.Duration;
import java.util.Collection;
import org.jdbi.v3.core.Handle;
import jp.mamori.db.audit.AuditDetail;
import jp.mamori.db.auth.LoginContext;
import jp.mamori.db.server.ServerContext;
import jp.mamori.db.server.Settings;

/**
 * The mass look-up alert (ADR 0013): every person a search found, a look-up by number returned or
 * the person view showed is counted for the caller; more than {@code lookup.alertPersons} distinct
 * persons within {@code lookup.alertWindowMinutes} add one MASS_LOOKUP row for the security
 * officer, once per window. The call itself is not refused: a clerk at work is not stopped, but
 * the officer is told.
 */
final class MassLookup {

    static final String ACTION = "MASS_LOOKUP";
    static final String SETTING_PERSONS = "lookup.alertPersons";
    static final String SETTING_WINDOW = "lookup.alertWindowMinutes";

    private MassLookup() {
    }

    static void seen(Handle h, LoginContext caller, AuditNote note, Collection<Long> personIds) {
        int threshold = Math.max(1, Settings.intValue(h, SETTING_PERSONS, 500));
        int minutes = Math.max(1, Settings.intValue(h, SETTING_WINDOW, 60));
        ServerContext.get().massLookupWatch()
                .seen(caller.userName(), personIds, threshold, Duration.ofMinutes(minutes))
                .ifPresent(alert -> note.alert(ACTION, AuditDetail.of("alert", "securityOfficer")
                        .with("persons", alert.persons()).with("threshold", alert.threshold())
                        .with("windowMinutes", minutes).with("since", alert.since())));
    }
}
