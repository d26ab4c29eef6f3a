package jp.mamori.db.domain;

import java.util.List;

/**
 * The persons a search found, in kana order.
 *
 * @param persons   at most the requested number of persons, and never more than the server's cap
 *                  (setting {@code search.maxRows})
 * @param truncated true if more persons matched than were returned (narrow the criteria)
 * @param total     how many persons matched in all
 */
public record SearchResult(List<PersonSummary> persons, boolean truncated, long total) {

    public SearchResult {
        persons = List.copyOf(persons);
        if (total < persons.size()) {
            throw new IllegalArgumentException("total below the persons returned");
        }
    }
}
