package org.gridgov.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads a GNU gettext catalogue (a .po file), so that translators can use the tools made for them (Poedit, Weblate):
 * each {@code msgid} is the English text, its {@code msgstr} the translation. Entries marked fuzzy and empty
 * translations are left out, so their English stands. Plural forms and contexts are not used by gridgov.
 */
final class PoFile {
    private PoFile() {
    }

    /** English text to translation, in file order. */
    static Map<String, String> read(Reader in) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        BufferedReader lines = new BufferedReader(in);
        StringBuilder id = null;
        StringBuilder str = null;
        StringBuilder current = null;
        boolean fuzzy = false; // the entry being read
        boolean nextFuzzy = false; // a "#, fuzzy" flag seen since it began, for the next one
        int number = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            String s = line.strip();
            if (s.isEmpty() || s.startsWith("#")) {
                nextFuzzy |= s.startsWith("#,") && s.contains("fuzzy");
                continue;
            }
            if (s.startsWith("msgid ")) {
                add(entries, id, str, fuzzy, number);
                fuzzy = nextFuzzy;
                nextFuzzy = false;
                id = new StringBuilder(unquote(s.substring(6), number));
                str = null;
                current = id;
            } else if (s.startsWith("msgstr ")) {
                if (id == null) {
                    throw new IOException("line " + number + ": msgstr without a msgid");
                }
                str = new StringBuilder(unquote(s.substring(7), number));
                current = str;
            } else if (s.startsWith("\"") && current != null) {
                current.append(unquote(s, number));
            } else {
                throw new IOException("line " + number + ": expected msgid, msgstr or a quoted string, found: " + s);
            }
        }
        add(entries, id, str, fuzzy, number);
        return entries;
    }

    /** Adds the entry that ends before line {@code next}; a text translated twice is an error, not a silent choice. */
    private static void add(Map<String, String> entries, StringBuilder id, StringBuilder str, boolean fuzzy, int next)
            throws IOException {
        // The header entry has an empty msgid; it only names the catalogue's encoding and language.
        if (id != null && str != null && !fuzzy && id.length() > 0 && str.length() > 0
                && entries.put(id.toString(), str.toString()) != null) {
            throw new IOException("before line " + next + ": msgid \"" + id + "\" is translated twice");
        }
    }

    private static String unquote(String quoted, int number) throws IOException {
        String q = quoted.strip();
        if (q.length() < 2 || !q.startsWith("\"") || !q.endsWith("\"")) {
            throw new IOException("line " + number + ": a string must be in double quotes: " + q);
        }
        StringBuilder b = new StringBuilder();
        for (int i = 1; i < q.length() - 1; i++) {
            char c = q.charAt(i);
            if (c != '\\') {
                b.append(c);
                continue;
            }
            char e = q.charAt(++i);
            switch (e) {
                case 'n' -> b.append('\n');
                case 't' -> b.append('\t');
                case '"', '\\' -> b.append(e);
                default -> throw new IOException("line " + number + ": unknown escape \\" + e);
            }
        }
        return b.toString();
    }
}
