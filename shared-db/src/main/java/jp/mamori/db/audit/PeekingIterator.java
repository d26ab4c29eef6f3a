package jp.mamori.db.audit;

import java.util.Iterator;
import java.util.Objects;

/** An iterator that can look at its next element without taking it. */
final class PeekingIterator<T> implements Iterator<T> {

    private final Iterator<T> source;
    private T peeked;
    private boolean hasPeeked;

    PeekingIterator(Iterator<T> source) {
        this.source = Objects.requireNonNull(source, "source");
    }

    @Override
    public boolean hasNext() {
        return hasPeeked || source.hasNext();
    }

    @Override
    public T next() {
        if (hasPeeked) {
            hasPeeked = false;
            T value = peeked;
            peeked = null;
            return value;
        }
        return source.next();
    }

    /** The next element, or {@code null} at the end. */
    T peekOrNull() {
        if (!hasPeeked) {
            if (!source.hasNext()) {
                return null;
            }
            peeked = source.next();
            hasPeeked = true;
        }
        return peeked;
    }
}
