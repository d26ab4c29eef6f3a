package jp.mamori.db.domain;

import java.util.List;

/**
 * The persons a search found, in kana order.
 *
 * @param persons   at most the requested number of persons
 * @param truncated true if more persons matched than were returned (narrow the criteria)
 */
public record SearchResult(List<PersonSummary> persons, boolean truncated) {

    public SearchResult {
        persons = List.copyOf(persons);
    }
}
