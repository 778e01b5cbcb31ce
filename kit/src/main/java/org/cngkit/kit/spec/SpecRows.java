package org.cngkit.kit.spec;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The requirement rows of {@code features/spec-rows.tsv} and the issues that have landed. */
public final class SpecRows {
    public static final String RESOURCE = "features/spec-rows.tsv";

    private final List<SpecRow> rows;
    private final Set<String> landed;

    private SpecRows(List<SpecRow> rows, Set<String> landed) {
        this.rows = List.copyOf(rows);
        this.landed = Set.copyOf(landed);
    }

    public static SpecRows load() {
        InputStream in = SpecRows.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException(RESOURCE + " is not on the classpath");
        }
        return read(in, RESOURCE);
    }

    public static SpecRows read(InputStream in, String origin) {
        List<SpecRow> rows = new ArrayList<>();
        Set<String> landed = new LinkedHashSet<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.startsWith("#landed")) {
                    for (String cell : line.split("\t")) {
                        if (cell.startsWith("#") && !cell.equals("#landed")) {
                            landed.add(cell.trim());
                        }
                    }
                    continue;
                }
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (cells.length != 4) {
                    throw new IllegalStateException(origin + ":" + n + ": expected 4 tab-separated columns, found " + cells.length);
                }
                rows.add(new SpecRow(cells[0].trim(), cells[1].trim(), cells[2].trim(), cells[3].trim()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(origin, e);
        }
        return new SpecRows(rows, landed);
    }

    public List<SpecRow> rows() {
        return rows;
    }

    /** Issue references ({@code #2}) whose scenarios have landed: their rows must be covered. */
    public Set<String> landed() {
        return landed;
    }

    public boolean contains(String id) {
        return rows.stream().anyMatch(r -> r.id().equals(id));
    }

    /** Rows that must have a scenario by now. */
    public List<SpecRow> due() {
        return rows.stream().filter(r -> landed.contains(r.planned())).toList();
    }
}
