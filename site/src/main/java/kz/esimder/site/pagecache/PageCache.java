package kz.esimder.site.pagecache;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rendered pages by (path and query, language, store generation), least recently used dropped first,
 * bounded in bytes. When the store's version changes every entry is dropped at once: a page of the old
 * data is never served for the new.
 */
final class PageCache {
    /** What identifies a rendered page: the request path and query (without {@code lang}), the language, the store version. */
    record Key(String pathAndQuery, String language, long version) {}

    /** A rendered page: its headers (name, values) and body. */
    record Page(List<Map.Entry<String, List<String>>> headers, byte[] body) {
        long bytes() {
            return body.length + 512L;
        }
    }

    private final long maxBytes;
    private final LinkedHashMap<Key, Page> pages = new LinkedHashMap<>(256, 0.75f, true);
    private long bytes;
    private long version = Long.MIN_VALUE;
    private long hits;
    private long misses;

    PageCache(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    synchronized Page get(Key key) {
        dropIfStale(key.version());
        Page p = pages.get(key);
        if (p == null) {
            misses++;
        } else {
            hits++;
        }
        return p;
    }

    synchronized void put(Key key, Page page) {
        dropIfStale(key.version());
        if (page.bytes() > maxBytes / 4) {
            return; // one huge page must not empty the cache
        }
        Page before = pages.put(key, page);
        bytes += page.bytes() - (before == null ? 0 : before.bytes());
        Iterator<Page> eldest = pages.values().iterator();
        while (bytes > maxBytes && eldest.hasNext()) {
            bytes -= eldest.next().bytes();
            eldest.remove();
        }
    }

    private void dropIfStale(long current) {
        if (current != version) {
            pages.clear();
            bytes = 0;
            version = current;
        }
    }

    synchronized long hits() {
        return hits;
    }

    synchronized long misses() {
        return misses;
    }

    synchronized int size() {
        return pages.size();
    }
}
