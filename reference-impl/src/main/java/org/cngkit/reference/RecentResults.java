package org.cngkit.reference;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The results of a pure, costly function for its most recently used arguments (least recently used first out), so
 * that a key imported again, as a certification run does with its vectors, is not validated or expanded again.
 * Arguments are compared by value; the function must depend on nothing else, and neither its arguments nor its
 * results may change once given (keys here are copies or immutable numbers).
 */
final class RecentResults<K, V> {
    private final Map<K, V> recent;

    RecentResults(int capacity) {
        this.recent = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The result for {@code key}, computed by {@code function} outside the lock if it is not a recent one. */
    V get(K key, Function<K, V> function) {
        synchronized (recent) {
            V known = recent.get(key);
            if (known != null) {
                return known;
            }
        }
        V computed = function.apply(key);
        synchronized (recent) {
            recent.put(key, computed);
        }
        return computed;
    }
}
