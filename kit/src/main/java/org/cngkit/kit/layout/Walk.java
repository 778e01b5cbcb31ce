package org.cngkit.kit.layout;

import java.util.List;

/**
 * A blob read field by field in one layout.
 *
 * @param layout the .ksy id of the layout
 * @param fields the fields read, in blob order (a trailing pseudo-field holds bytes after the layout's end)
 * @param stop   where and why parsing stopped, or {@code null} when the whole layout was read
 * @param reach  how far into the blob the parser got (the end of the last field it read)
 */
record Walk(String layout, List<LaidField> fields, String stop, int reach) {

    /** Parsed the whole layout and covered every byte. */
    boolean complete(int length) {
        return stop == null && reach == length;
    }
}
