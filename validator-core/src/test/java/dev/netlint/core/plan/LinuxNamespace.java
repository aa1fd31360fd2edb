package dev.netlint.core.plan;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A network namespace of its own ({@code unshare --net}) with one veth link, {@code v0}, up: a plain
 * Linux routing table to ask. One long-lived shell inside the namespace runs {@code ip -force -batch}
 * files, one per address family, so that thousands of tables cost a few processes, not one per command.
 * Nothing leaves the namespace: its only links are {@code lo} and the veth pair, and {@code ip route get}
 * only asks the table.
 */
final class LinuxNamespace implements AutoCloseable {

    /** The answer of {@code ip -batch} to one line: the error it printed, or its output lines. */
    record Answer(String error, List<String> output) {
        boolean failed() {
            return error != null;
        }
    }

    private static final Pattern FAILED = Pattern.compile("Command failed (.*):(\\d+)$");
    private static final String DONE = "--done--";

    private final Process shell;
    private final Writer commands;
    private final BufferedReader replies;
    private final Path work;

    private LinuxNamespace(Process shell, Path work) {
        this.shell = shell;
        this.work = work;
        this.commands = new OutputStreamWriter(shell.getOutputStream(), StandardCharsets.UTF_8);
        this.replies = new BufferedReader(new InputStreamReader(shell.getInputStream(), StandardCharsets.UTF_8));
    }

    /**
     * Why this machine cannot run the kernel test, or {@code null} when it can: it needs root, {@code
     * unshare} and {@code ip} (iproute2), and a kernel that lets it make a network namespace with a veth pair.
     */
    static String unavailable() {
        if (!System.getProperty("os.name", "").toLowerCase().contains("linux")) {
            return "not Linux";
        }
        try {
            Process probe = new ProcessBuilder("unshare", "--net", "sh", "-c",
                    "ip link add v0 type veth peer name v1 && ip link set v0 up && ip addr add 192.0.2.1/24 dev v0"
                            + " && ip route get fibmatch 192.0.2.2 >/dev/null")
                    .redirectErrorStream(true).start();
            String said = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (!probe.waitFor(30, TimeUnit.SECONDS) || probe.exitValue() != 0) {
                return "unshare --net with a veth link failed (root, unshare and iproute2's ip are needed): " + said;
            }
            return null;
        } catch (IOException e) {
            return "cannot run unshare: " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    static LinuxNamespace open(Path work) throws IOException {
        Process shell = new ProcessBuilder("unshare", "--net", "sh").redirectErrorStream(true).start();
        LinuxNamespace namespace = new LinuxNamespace(shell, work);
        namespace.run("ip link add v0 type veth peer name v1 && ip link set v1 up && ip link set v0 up"
                + " && ip link set lo up >/dev/null 2>&1");
        return namespace;
    }

    /** Runs a shell command inside the namespace and waits for it. */
    void run(String command) throws IOException {
        commands.write(command + "\necho " + DONE + "\n");
        commands.flush();
        StringBuilder said = new StringBuilder();
        for (String line = replies.readLine(); ; line = replies.readLine()) {
            if (line == null) {
                throw new IOException("the namespace shell ended: " + said);
            }
            if (line.equals(DONE)) {
                break;
            }
            said.append(line).append('\n');
        }
        if (!said.isEmpty()) {
            throw new IOException("unexpected output of `" + command + "`: " + said);
        }
    }

    /**
     * Runs the lines with {@code ip -4 -force -batch} or {@code ip -6 -force -batch} and returns the
     * answer to each. Each line must be one that {@code ip}'s own parser accepts (a line it cannot parse
     * ends the batch), and each command that succeeds must print at most one line.
     */
    List<Answer> batch(boolean ipv6, List<String> lines, java.util.function.Predicate<String> printsOneLine)
            throws IOException {
        String family = ipv6 ? "6" : "4";
        Path in = work.resolve("batch" + family + ".in");
        Path out = work.resolve("batch" + family + ".out");
        Path err = work.resolve("batch" + family + ".err");
        Files.write(in, lines, StandardCharsets.UTF_8);
        run("ip -" + family + " -force -batch " + in + " >" + out + " 2>" + err);
        Map<Integer, String> errors = new HashMap<>();
        StringBuilder message = new StringBuilder();
        for (String line : Files.readAllLines(err, StandardCharsets.UTF_8)) {
            Matcher failed = FAILED.matcher(line);
            if (failed.find()) {
                errors.put(Integer.parseInt(failed.group(2)), message.toString().trim());
                message.setLength(0);
            } else {
                message.append(line).append(' ');
            }
        }
        if (!message.isEmpty()) {
            throw new IOException("ip -batch ended early: " + message);
        }
        List<String> printed = Files.readAllLines(out, StandardCharsets.UTF_8);
        int next = 0;
        List<Answer> answers = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            String error = errors.get(i + 1);
            if (error != null) {
                answers.add(new Answer(error, List.of()));
            } else if (printsOneLine.test(lines.get(i))) {
                answers.add(new Answer(null, List.of(printed.get(next++))));
            } else {
                answers.add(new Answer(null, List.of()));
            }
        }
        if (next != printed.size()) {
            throw new IOException("ip -batch printed " + printed.size() + " lines, " + next + " expected");
        }
        return answers;
    }

    /**
     * Whether {@code ip}'s parser refuses a command on its own, before the kernel sees it (an address of
     * the other family, a metric that is no 32-bit number): run once, against a link that does not
     * exist, so that a command the parser accepts fails with "Cannot find device" and changes nothing.
     */
    String parserRefusal(String ipCommand) throws IOException {
        Path out = work.resolve("parse.out");
        commands.write("ip " + ipCommand.replace(" dev v0", " dev nosuch0") + " >" + out + " 2>&1\necho " + DONE + "\n");
        commands.flush();
        for (String line = replies.readLine(); !DONE.equals(line); line = replies.readLine()) {
            if (line == null) {
                throw new IOException("the namespace shell ended");
            }
        }
        String said = Files.readString(out, StandardCharsets.UTF_8).trim();
        return said.contains("Cannot find device") ? null : said;
    }

    @Override
    public void close() throws IOException {
        commands.write("exit\n");
        commands.flush();
        try {
            if (!shell.waitFor(30, TimeUnit.SECONDS)) {
                shell.destroyForcibly();
            }
        } catch (InterruptedException e) {
            shell.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    static UncheckedIOException unchecked(IOException e) {
        return new UncheckedIOException(e);
    }
}
