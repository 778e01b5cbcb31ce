package org.cngkit.vectors;

/**
 * A vector file that is not well-formed: invalid JSON, a schema violation, or a lint failure
 * (duplicate ids, wrong count, undefined flag, a blob that disagrees with its key). The message
 * is {@code <file>: <field>: <problem>}, the field a JSON path such as
 * {@code testGroups[2].tests[0].expected.blob} ({@code $} for the whole document). When a file
 * has several problems, the first is thrown and the others are attached as suppressed
 * exceptions.
 */
public class VectorFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final String field;

    public VectorFormatException(String file, String field, String problem) {
        super(file + ": " + field + ": " + problem);
        this.file = file;
        this.field = field;
    }

    public String file() {
        return file;
    }

    public String field() {
        return field;
    }
}
