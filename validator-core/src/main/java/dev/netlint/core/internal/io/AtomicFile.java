package dev.netlint.core.internal.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes a file through a temporary file beside it, moved into place when complete: a crash or a full
 * disk never leaves a truncated report where a CI step will read it.
 *
 * <ul>
 *   <li>Only a regular file (or a path that does not exist yet) is replaced that way. A symbolic link,
 *       a device such as {@code /dev/null} or {@code /dev/stdout}, or a FIFO is written to directly:
 *       it stays what it is.</li>
 *   <li>A new file gets the usual mode ({@code 0666} less the umask); a file replaced keeps its mode.</li>
 *   <li>The temporary file is removed when the writing fails, and when the JVM is stopped (SIGTERM,
 *       Ctrl-C) while writing.</li>
 *   <li>Text is UTF-8; a character that UTF-8 cannot carry (a lone surrogate, from an unpaired surrogate
 *       escape in a device file) is written as U+FFFD, never a reason to write no report.</li>
 * </ul>
 */
public final class AtomicFile {

    /** What writes the content. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Writer out) throws IOException;
    }

    /** A file that cannot be written, with the reason in words: {@code is a folder}, {@code permission denied}. */
    public static final class CannotWrite extends IOException {

        private static final long serialVersionUID = 1L;

        private final transient Path target;
        private final String reason;

        CannotWrite(Path target, String reason, Throwable cause) {
            super(target + ": " + reason, cause);
            this.target = target;
            this.reason = reason;
        }

        public Path target() {
            return target;
        }

        /** What is wrong, without the path. */
        public String reason() {
            return reason;
        }
    }

    /** Temporary files being written, removed by the shutdown hook if the JVM stops before they are moved. */
    private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();

    /**
     * The temporary files' random names, made on the first one: seeding a {@link SecureRandom} loads the
     * security providers, which a report to {@code /dev/null} or to a terminal never needs.
     */
    private static final class Names {
        static final SecureRandom RANDOM = new SecureRandom();
    }

    static {
        Thread cleaner = new Thread(() -> {
            for (Path temp : PENDING) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException | RuntimeException e) {
                    // Nothing more can be done while the JVM stops.
                }
            }
        }, "netlint-temporary-files");
        Runtime.getRuntime().addShutdownHook(cleaner);
    }

    private AtomicFile() {
    }

    /** A UTF-8 writer on the stream that writes U+FFFD for what UTF-8 cannot carry, instead of failing. */
    public static Writer utf8(OutputStream out) {
        CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .replaceWith("\ufffd".getBytes(StandardCharsets.UTF_8));
        return new BufferedWriter(new OutputStreamWriter(out, encoder));
    }

    /** Writes UTF-8 text to {@code target}, creating its folder. */
    public static void write(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        BasicFileAttributes existing = attributes(absolute);
        if (existing != null && existing.isDirectory()) {
            throw new CannotWrite(target, "is a folder", null);
        }
        if (existing != null && (existing.isSymbolicLink() || existing.isOther())) {
            writeDirectly(target, absolute, content);
            return;
        }
        Path dir = absolute.getParent();
        try {
            Files.createDirectories(dir);
        } catch (FileAlreadyExistsException e) {
            throw new CannotWrite(target, e.getFile() + " is not a folder", e);
        } catch (IOException e) {
            throw new CannotWrite(target, reason(e, "cannot create its folder"), e);
        }
        Path temp = createTemp(target, dir, absolute.getFileName().toString());
        try {
            if (existing != null) {
                keepMode(absolute, temp);
            }
            try (Writer out = utf8(Files.newOutputStream(temp, StandardOpenOption.WRITE))) {
                content.writeTo(out);
            }
            try {
                try {
                    Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
                }
            } catch (IOException e) {
                throw new CannotWrite(target, reason(e, "cannot be replaced"), e);
            }
        } finally {
            try {
                Files.deleteIfExists(temp);
            } finally {
                PENDING.remove(temp);
            }
        }
    }

    /** A link or a special file: written through, never replaced. */
    private static void writeDirectly(Path target, Path absolute, Content content) throws IOException {
        OutputStream stream;
        try {
            if (Files.isRegularFile(absolute) || !Files.exists(absolute)) {
                stream = Files.newOutputStream(absolute, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                        StandardOpenOption.TRUNCATE_EXISTING);
            } else {
                stream = Files.newOutputStream(absolute, StandardOpenOption.WRITE);
            }
        } catch (IOException e) {
            throw new CannotWrite(target, reason(e, "cannot be opened"), e);
        }
        try (Writer out = utf8(stream)) {
            content.writeTo(out);
        }
    }

    /** A new, empty file beside the target, created with the mode a new file gets (0666 less the umask). */
    private static Path createTemp(Path target, Path dir, String name) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path temp = dir.resolve("." + name + "." + Long.toUnsignedString(Names.RANDOM.nextLong(), 36) + ".tmp");
            PENDING.add(temp);
            try {
                Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return temp;
            } catch (FileAlreadyExistsException e) {
                PENDING.remove(temp);
                if (attempt > 100) {
                    throw new CannotWrite(target, "cannot create a temporary file beside it", e);
                }
            } catch (IOException e) {
                PENDING.remove(temp);
                throw new CannotWrite(target, Files.isDirectory(dir) && e instanceof NoSuchFileException
                        ? "cannot create a file in " + dir : reason(e, "cannot create a temporary file beside it"), e);
            }
        }
    }

    /** The replaced file's permissions on the temporary file, where the file system has them. */
    private static void keepMode(Path existing, Path temp) {
        PosixFileAttributeView view = Files.getFileAttributeView(existing, PosixFileAttributeView.class);
        if (view == null) {
            return;
        }
        try {
            Set<PosixFilePermission> permissions = view.readAttributes().permissions();
            Files.setPosixFilePermissions(temp, permissions);
        } catch (IOException | UnsupportedOperationException e) {
            // The report is still written, with the mode of a new file.
        }
    }

    private static BasicFileAttributes attributes(Path path) {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return null;
        }
    }

    /** An I/O failure in words; the JDK's messages are often just a path (the temporary file's). */
    static String reason(IOException e, String fallback) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such folder";
        }
        if (e instanceof NotDirectoryException) {
            return "not a folder";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            String text = fs.getReason().strip();
            return text.isEmpty() ? fallback : Character.toLowerCase(text.charAt(0)) + text.substring(1);
        }
        return e.getMessage() == null ? fallback : fallback + ": " + e.getMessage();
    }
}
