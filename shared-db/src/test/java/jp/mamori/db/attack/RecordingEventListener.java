package jp.mamori.db.attack;

import java.util.concurrent.atomic.AtomicInteger;
import org.h2.api.DatabaseEventListener;

/** A class a client names in its URL; counts how often the server instantiated it. */
public final class RecordingEventListener implements DatabaseEventListener {

    static final AtomicInteger INSTANCES = new AtomicInteger();

    public RecordingEventListener() {
        INSTANCES.incrementAndGet();
    }
}
