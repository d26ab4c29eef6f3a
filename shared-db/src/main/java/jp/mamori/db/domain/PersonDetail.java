package jp.mamori.db.domain;

import java.util.List;

/**
 * The person view: the person and every registration of every section, active and released, so
 * that a clerk sees who holds the person, since when, and who released when.
 *
 * @param person        the person, with the sections holding them now
 * @param registrations all registrations, ordered by section code and input date
 */
public record PersonDetail(PersonSummary person, List<RegistrationView> registrations) {

    public PersonDetail {
        registrations = List.copyOf(registrations);
    }
}
