package org.corroborate.cli;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Gold stories of articles: TSV ({@code id<TAB>story}, as {@code corroborate cluster} writes it) or CSV with a header
 * naming the id and story columns.
 */
final class GoldStories {
    private GoldStories() {
    }

    /** A file that cannot be read as id and story: "FILE[:LINE]: error: WHY", as other input errors are said. */
    static final class BadFile extends Exception {
        BadFile(String where, String why) {
            super(where + ": error: " + why);
        }
    }

    static Map<String, String> read(Path file, String idColumn, String storyColumn) throws IOException, BadFile {
        if (!Files.exists(file)) {
            throw new BadFile(file.toString(), "no such file");
        }
        return file.toString().toLowerCase(Locale.ROOT).endsWith(".csv") ? readCsv(file, idColumn, storyColumn)
                : readTsv(file);
    }

    private static Map<String, String> readTsv(Path file) throws IOException, BadFile {
        Map<String, String> stories = new LinkedHashMap<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#") || (number == 1 && line.equalsIgnoreCase("id\tstory"))) {
                    continue;
                }
                String[] fields = line.split("\t");
                if (fields.length < 2 || fields[0].isEmpty() || fields[1].isEmpty()) {
                    throw new BadFile(file + ":" + number, "expected id<TAB>story");
                }
                stories.put(fields[0], fields[1]);
            }
        }
        return stories;
    }

    private static Map<String, String> readCsv(Path file, String idColumn, String storyColumn)
            throws IOException, BadFile {
        Map<String, String> stories = new LinkedHashMap<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class)
                     .with(CsvSchema.emptySchema().withHeader()).readValues(reader)) {
            int number = 1;
            while (rows.hasNext()) {
                number++;
                Map<String, String> row = rows.next();
                String id = column(row, idColumn);
                String story = column(row, storyColumn);
                if (id == null || story == null) {
                    throw new BadFile(file + ":" + number, "no '" + idColumn + "' or '" + storyColumn
                            + "' value (name the columns with --id-column and --story-column)");
                }
                stories.put(id, story);
            }
        } catch (NoSuchFileException e) {
            throw new BadFile(file.toString(), "no such file");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new BadFile(file + (e.getLocation() == null ? "" : ":" + e.getLocation().getLineNr()),
                    "not CSV with a header: " + e.getOriginalMessage());
        }
        return stories;
    }

    private static String column(Map<String, String> row, String name) {
        for (Map.Entry<String, String> e : row.entrySet()) {
            if (e.getKey().strip().equalsIgnoreCase(name) && e.getValue() != null && !e.getValue().isBlank()) {
                return e.getValue().strip();
            }
        }
        return null;
    }
}
