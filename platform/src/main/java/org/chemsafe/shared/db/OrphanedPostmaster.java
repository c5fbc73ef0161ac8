package org.chemsafe.shared.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops a PostgreSQL server left running in the data directory by a platform process that died without stopping it
 * (SIGKILL, an out-of-memory kill, a power-cut container). The embedded server is started by {@code pg_ctl}, which
 * detaches it from the JVM, so it outlives a killed JVM and keeps {@code postmaster.pid}; a new server on the same
 * directory would then refuse to start. The server is an orphan only if no live platform holds zonky's
 * {@code epg-lock} in the directory (the lock dies with its process); it is then asked to shut down (SIGTERM, a
 * smart shutdown: its clients died with the JVM) and waited for. Acknowledged data is safe either way: it was
 * committed, and the server writes a checkpoint on the way down (and would replay its WAL after a crash).
 */
final class OrphanedPostmaster {

    private static final Logger log = LoggerFactory.getLogger(OrphanedPostmaster.class);
    private static final String LOCK_FILE = "epg-lock";
    private static final String PID_FILE = "postmaster.pid";

    private OrphanedPostmaster() {
    }

    /** Stops the directory's orphaned server, if there is one; fails if it does not stop within {@code wait}. */
    static void stopIfAny(Path dataDirectory, Duration wait) {
        Optional<ProcessHandle> server = running(dataDirectory.resolve(PID_FILE));
        if (server.isEmpty() || !unowned(dataDirectory.resolve(LOCK_FILE))) {
            return;
        }
        log.warn("PostgreSQL {} still runs in {} without its platform (killed?): stopping it", server.get().pid(),
                dataDirectory.toAbsolutePath());
        server.get().destroy();
        try {
            server.get().onExit().get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException ex) {
            throw new IllegalStateException("PostgreSQL " + server.get().pid() + " in " + dataDirectory
                    + " did not stop within " + wait + "; stop it and start again", ex);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while stopping an orphaned PostgreSQL", ex);
        }
    }

    /** The live PostgreSQL process named in the pid file (its first line), if any. */
    private static Optional<ProcessHandle> running(Path pidFile) {
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(pidFile);
            if (lines.isEmpty() || !lines.get(0).strip().matches("\\d+")) {
                return Optional.empty();
            }
            return ProcessHandle.of(Long.parseLong(lines.get(0).strip())).filter(ProcessHandle::isAlive)
                    .filter(process -> process.info().command().map(command -> command.endsWith("postgres"))
                            .orElse(false));
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** Whether no process (this one included) holds the platform's lock on the directory. */
    private static boolean unowned(Path lockFile) {
        if (!Files.exists(lockFile)) {
            return true;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
                FileLock lock = channel.tryLock()) {
            return lock != null;
        } catch (OverlappingFileLockException heldHere) {
            return false;
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
