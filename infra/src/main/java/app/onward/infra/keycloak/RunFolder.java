package app.onward.infra.keycloak;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The folder of one running server: its log and its scratch data (database, temporary files,
 * transaction log). Named after the server's label ({@code runs/dev}, {@code runs/test}); a second
 * server with the same label running at the same time gets {@code test-2}, and so on. A file lock held
 * while the server runs says which folders are in use, so a folder is reused, not piled up, and the
 * log of the last run stays readable after it stopped.
 */
final class RunFolder implements AutoCloseable {

    private static final String LOCK_FILE = ".lock";

    private final Path path;
    private final FileChannel lockChannel;
    private final FileLock lock;

    private RunFolder(Path path, FileChannel lockChannel, FileLock lock) {
        this.path = path;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /** Takes the first folder for {@code label} that no running server holds, emptied of its last run. */
    static RunFolder claim(Path runs, String label) throws IOException {
        for (int attempt = 1; ; attempt++) {
            Path path = runs.resolve(attempt == 1 ? label : label + "-" + attempt);
            Files.createDirectories(path);
            FileChannel channel = FileChannel.open(path.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock != null) {
                RunFolder folder = new RunFolder(path, channel, lock);
                Folders.deleteRecursively(folder.scratch());
                Files.deleteIfExists(folder.logFile());
                return folder;
            }
            channel.close();
        }
    }

    Path logFile() {
        return path.resolve("keycloak.log");
    }

    /** Everything of the run except its log; deleted when the run ends. */
    Path scratch() {
        return path.resolve("scratch");
    }

    /** Deletes the scratch data and gives the folder up; the log stays for whoever wants to read it. */
    @Override
    public void close() throws IOException {
        try {
            Folders.deleteRecursively(scratch());
        } finally {
            lock.release();
            lockChannel.close();
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException heldInThisJvm) {
            return null;
        }
    }
}
