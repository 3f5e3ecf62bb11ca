package app.onward.infra.keycloak;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The end of a log, for error messages that explain themselves without a trip to the file. */
final class LogTail {

    private static final int LINES = 40;

    private LogTail() {
    }

    static String of(Path log) {
        try {
            // Lenient decoding: a log cut off mid-character must still be readable.
            List<String> lines = new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines().toList();
            return "Last lines of " + log + ":\n"
                    + String.join("\n", lines.subList(Math.max(0, lines.size() - LINES), lines.size()));
        } catch (IOException e) {
            return "(could not read " + log + ": " + e.getMessage() + ")";
        }
    }
}
