package org.cngkit.vectors;

import com.networknt.schema.path.NodePath;

/** JSON paths in the form used in error messages: {@code testGroups[2].tests[0].expected.blob}. */
final class JsonPath {
    /** The whole document. */
    static final String ROOT = "$";

    private JsonPath() {
    }

    static String of(NodePath path) {
        String result = ROOT;
        for (int i = 0; i < path.getNameCount(); i++) {
            Object element = path.getElement(i);
            result = element instanceof Number index ? index(result, index.intValue()) : member(result, element.toString());
        }
        return result;
    }

    static String member(String path, String name) {
        return ROOT.equals(path) ? name : path + "." + name;
    }

    static String index(String path, int index) {
        return (ROOT.equals(path) ? "" : path) + "[" + index + "]";
    }
}
