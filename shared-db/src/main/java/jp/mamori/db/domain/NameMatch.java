package jp.mamori.db.domain;

/** How a name typed into the search is matched against the folded search keys. */
public enum NameMatch {
    /** 前方一致: the key starts with the typed name (uses the key index). */
    PREFIX,
    /** 部分一致: the key contains the typed name anywhere (reads every person). */
    PARTIAL
}
