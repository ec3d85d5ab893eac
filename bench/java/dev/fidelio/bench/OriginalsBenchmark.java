package dev.fidelio.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.fidelio.audio.PcmFormat;
import dev.fidelio.audio.PcmSource;
import dev.fidelio.audio.encode.flac.FlacEncoder;
import dev.fidelio.bench.audio.NoiseSource;
import dev.fidelio.testsupport.ServerProcess;
import dev.fidelio.testsupport.TestFiles;

/**
 * Throughput of {@code /stream/{id}} for an original file against nginx serving the same file, both on loopback,
 * measured the same way by wrk with 1 and with 16 connections. Needs nginx and wrk (Debian packages of those names).
 *
 * <p>Usage: {@code ./mvnw -Pbench -Dbench.main=dev.fidelio.bench.OriginalsBenchmark}
 */
public final class OriginalsBenchmark {

    private static final int SECONDS_OF_AUDIO = 300;
    private static final int NGINX_PORT = 47_480;
    private static final String DURATION = "10s";
    private static final int ROUNDS = 3;
    private static final Pattern TRANSFER = Pattern.compile("Transfer/sec:\\s+([\\d.]+)([KMGT]?B)");
    private static final Pattern READ = Pattern.compile("requests in [\\d.]+\\w+, ([\\d.]+)([KMGT]?B) read");

    private OriginalsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args.length > 0 ? args[0] : "target/bench").resolve("originals");
        TestFiles.deleteTree(work);
        Path music = Files.createDirectories(work.resolve("music"));
        Path file = music.resolve("big.flac");
        writeNoiseFlac(file);
        System.out.printf(Locale.ROOT, "File: %s, %.1f MB. wrk %s per run, loopback.%n", file.getFileName(), Files.size(file) / 1e6, DURATION);
        Map<String, String> env = Map.of("FIDELIO_MUSIC_DIRS", music.toString(), "FIDELIO_DATA_DIR", work.resolve("data").toString(),
                "FIDELIO_ADMIN_PASSWORD", BenchApi.ADMIN_PASSWORD, "LANG", "C.UTF-8");
        Process nginx = startNginx(work, music);
        try (ServerProcess server = ServerProcess.start(env, work).awaitHealthy()) {
            String token = BenchApi.login(server);
            String trackId = awaitTrack(work.resolve("data"));
            String fidelio = server.baseUrl() + "stream/" + trackId;
            String plain = "http://127.0.0.1:" + NGINX_PORT + "/big.flac";
            System.out.println("| connections | nginx | Fidelio /stream | Fidelio / nginx | CPU per GB: nginx | CPU per GB: Fidelio |");
            System.out.println("|---|---|---|---|---|---|");
            ProcessHandle nginxTree = nginx.toHandle();
            ProcessHandle fidelioTree = ProcessHandle.of(server.pid()).orElseThrow();
            for (int connections : new int[] {1, 16}) {
                wrk(plain, connections, null, nginxTree); // warm both: page cache, JIT
                wrk(fidelio, connections, token, fidelioTree);
                // Interleaved rounds, so both servers see the same machine; the median round is reported.
                List<Run> reference = new ArrayList<>();
                List<Run> ours = new ArrayList<>();
                for (int round = 0; round < ROUNDS; round++) {
                    reference.add(wrk(plain, connections, null, nginxTree));
                    ours.add(wrk(fidelio, connections, token, fidelioTree));
                }
                Run nginxRun = Run.median(reference);
                Run fidelioRun = Run.median(ours);
                System.out.printf(Locale.ROOT, "| %d | %.2f GB/s | %.2f GB/s | %.0f%% | %.0f ms | %.0f ms |%n", connections,
                        nginxRun.bytesPerSecond() / 1e9, fidelioRun.bytesPerSecond() / 1e9,
                        100 * fidelioRun.bytesPerSecond() / nginxRun.bytesPerSecond(), nginxRun.cpuMsPerGb(), fidelioRun.cpuMsPerGb());
            }
        } finally {
            nginx.destroy();
            nginx.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** One wrk run: the throughput it reports, and the server's CPU time (all its processes) per gigabyte sent. */
    private record Run(double bytesPerSecond, double cpuMsPerGb) {
        static Run median(List<Run> runs) {
            List<Run> sorted = runs.stream().sorted(java.util.Comparator.comparingDouble(Run::bytesPerSecond)).toList();
            return sorted.get(sorted.size() / 2);
        }
    }

    private static Run wrk(String url, int connections, String token, ProcessHandle server) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("wrk", "-t", String.valueOf(Math.min(2, connections)), "-c",
                String.valueOf(connections), "-d", DURATION, "--timeout", "30s"));
        if (token != null) {
            command.addAll(List.of("-H", "Authorization: Bearer " + token));
        }
        command.add(url);
        double cpuBefore = ProcessCpu.seconds(server);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        process.waitFor(60, TimeUnit.SECONDS);
        double cpu = ProcessCpu.seconds(server) - cpuBefore;
        if (output.contains("Non-2xx")) {
            throw new IllegalStateException("Errors from " + url + ":\n" + output);
        }
        double perSecond = bytes(TRANSFER, output);
        double total = bytes(READ, output);
        return new Run(perSecond, cpu * 1000 / (total / 1e9));
    }

    private static double bytes(Pattern pattern, String wrkOutput) {
        Matcher m = pattern.matcher(wrkOutput);
        if (!m.find()) {
            throw new IllegalStateException("No " + pattern + " in wrk's output:\n" + wrkOutput);
        }
        double unit = switch (m.group(2)) {
            case "TB" -> 1L << 40;
            case "GB" -> 1L << 30;
            case "MB" -> 1L << 20;
            case "KB" -> 1L << 10;
            default -> 1;
        };
        return Double.parseDouble(m.group(1)) * unit;
    }

    private static Process startNginx(Path work, Path root) throws IOException {
        Path prefix = Files.createDirectories(work.resolve("nginx"));
        Path conf = prefix.resolve("nginx.conf");
        Files.writeString(conf, """
                worker_processes auto;
                daemon off;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log;
                events { worker_connections 1024; }
                http {
                    access_log off;
                    sendfile on;
                    tcp_nopush on;
                    client_body_temp_path %1$s; proxy_temp_path %1$s; fastcgi_temp_path %1$s; uwsgi_temp_path %1$s; scgi_temp_path %1$s;
                    server { listen 127.0.0.1:%2$d; root %3$s; }
                }
                """.formatted(prefix, NGINX_PORT, root));
        return new ProcessBuilder("nginx", "-p", prefix.toString(), "-c", conf.toString()).inheritIO().start();
    }

    /** The track's id once the start-up scan has indexed it (there is no browsing API to ask yet). */
    private static String awaitTrack(Path dataDir) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        try (Connection db = ServerDatabase.connect(dataDir); Statement st = db.createStatement()) {
            while (System.nanoTime() < deadline) {
                try (ResultSet rs = st.executeQuery("SELECT id FROM track LIMIT 1")) {
                    if (rs.next()) {
                        return rs.getString(1);
                    }
                }
                Thread.sleep(200);
            }
        }
        throw new IllegalStateException("The file was not indexed within 2 minutes");
    }

    /** Five minutes of 24/96 stereo noise at −24 dBFS: a FLAC about as large as a long hi-res track, and incompressible. */
    private static void writeNoiseFlac(Path file) throws IOException {
        PcmFormat format = new PcmFormat(96_000, 24, 2);
        try (OutputStream out = Files.newOutputStream(file); PcmSource noise = new NoiseSource(format, SECONDS_OF_AUDIO, 4)) {
            new FlacEncoder().encode(noise, out);
        }
    }
}
