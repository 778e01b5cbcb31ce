package org.cngkit.kit.layout;

import java.lang.reflect.InvocationTargetException;
import java.nio.BufferUnderflowException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.kaitai.struct.KaitaiStream;
import io.kaitai.struct.KaitaiStruct;

import org.cngkit.formats.BlobStream;

/**
 * Reads a blob field by field with a walk class (a Kaitai parser compiled with {@code --debug}: it reads on demand
 * and remembers where each field starts and ends). Works on any walk class by reflection over what ksc generates
 * for every layout: {@code _seqFields} (the fields in order), {@code _attrStart} / {@code _attrEnd} (their offsets)
 * and one accessor per field; nested types are walked the same way. A blob that does not parse keeps the fields
 * read before the parser stopped, and the walk says where and why it stopped.
 */
final class LayoutWalk {
    private final byte[] blob;
    private final boolean blobHoldsSecrets;
    private final List<LaidField> fields = new ArrayList<>();
    private int reach;
    private String lastPath;
    private int lastOffset;

    private LayoutWalk(byte[] blob, boolean blobHoldsSecrets) {
        this.blob = blob;
        this.blobHoldsSecrets = blobHoldsSecrets;
    }

    /** Walks {@code blob} in the layout of {@code type}; {@code blobHoldsSecrets} marks bytes outside the layout secret. */
    static Walk walk(Class<? extends KaitaiStruct> type, byte[] blob, boolean blobHoldsSecrets) {
        return new LayoutWalk(blob, blobHoldsSecrets).run(type);
    }

    /** The .ksy id of a walk class's layout. */
    static String layoutId(Class<?> type) {
        return type.getSimpleName().replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }

    private Walk run(Class<? extends KaitaiStruct> type) {
        KaitaiStruct root;
        try {
            root = type.getConstructor(KaitaiStream.class).newInstance(BlobStream.of(blob));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(type + " is not a walk class", e);
        }
        String stop = null;
        try {
            type.getMethod("_read").invoke(root);
        } catch (InvocationTargetException e) {
            stop = why(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(type + " is not a walk class", e);
        }
        collect(root, "", 0);
        if (stop != null) {
            stop = "parsing stopped in field " + lastPath + " (at byte " + lastOffset + "): " + stop;
        } else if (reach < blob.length) {
            fields.add(new LaidField("(bytes after the layout)", null, reach, Arrays.copyOfRange(blob, reach, blob.length),
                    null, blobHoldsSecrets));
        }
        return new Walk(layoutId(type), List.copyOf(fields), stop, reach);
    }

    private static String why(Throwable cause) {
        if (cause instanceof BufferUnderflowException || cause instanceof java.io.EOFException
                || String.valueOf(cause.getMessage()).contains("requested")) {
            return "the blob ends inside this field (" + cause.getClass().getSimpleName()
                    + (cause.getMessage() == null ? "" : ": " + cause.getMessage()) + ")";
        }
        if (cause instanceof KaitaiStream.ValidationFailedError) {
            return String.valueOf(cause.getMessage()).replaceFirst("^/[^:]*: ", "");
        }
        return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    }

    @SuppressWarnings("unchecked")
    private void collect(KaitaiStruct struct, String prefix, int base) {
        Class<?> c = struct.getClass();
        String[] seq;
        Map<String, Integer> start;
        Map<String, Integer> end;
        try {
            seq = (String[]) c.getField("_seqFields").get(null);
            start = (Map<String, Integer>) c.getField("_attrStart").get(struct);
            end = (Map<String, Integer>) c.getField("_attrEnd").get(struct);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(c + " was not compiled with ksc --debug", e);
        }
        for (String name : seq) {
            Integer from = start.get(name);
            if (from == null) {
                continue;
            }
            FieldTable.Entry entry = FieldTable.get().entry(c, name);
            String path = prefix + (entry == null ? name : entry.ksyId());
            int offset = base + from;
            Object value = value(struct, name);
            lastPath = path;
            lastOffset = offset;
            if (value instanceof KaitaiStruct child) {
                collect(child, path + ".", child._io() == struct._io() ? base : offset);
                if (end.get(name) != null) {
                    reach = Math.max(reach, base + end.get(name));
                }
                continue;
            }
            Integer to = end.get(name);
            int stop = Math.min(blob.length, to == null ? blob.length : base + to);
            if (to != null) {
                reach = Math.max(reach, stop);
            }
            fields.add(new LaidField(path, entry == null ? null : entry.origId(), offset,
                    Arrays.copyOfRange(blob, Math.min(offset, stop), stop), to == null ? null : value,
                    entry != null && entry.secret()));
        }
    }

    private static Object value(KaitaiStruct struct, String name) {
        try {
            return struct.getClass().getMethod(name).invoke(struct);
        } catch (InvocationTargetException e) {
            return null;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("walk class " + struct.getClass() + " has no accessor " + name, e);
        }
    }
}
