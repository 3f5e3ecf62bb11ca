package app.onward.language.internal;

import app.onward.language.LanguageTerm;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/** The national starting list, committed in language/language-that-cares.tsv and read once. */
public final class NationalTerms {

    private static final String RESOURCE = "/language/language-that-cares.tsv";

    public static final List<LanguageTerm> ALL = load();

    private NationalTerms() {
    }

    /** A national term's id never changes: it is derived from the term. */
    public static UUID idOf(String term) {
        return UUID.nameUUIDFromBytes(("national-language-term:" + term).getBytes(StandardCharsets.UTF_8));
    }

    private static List<LanguageTerm> load() {
        try (InputStream in = NationalTerms.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + RESOURCE);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\t", -1))
                    .map(cells -> new LanguageTerm(idOf(cells[0]), cells[0], cells[1], cells[2], false))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
