package dev.ecograph.neo4j;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;

/**
 * A Neo4j 5 Community DBMS embedded in a JVM with its Bolt connector listening on a local port.
 *
 * <p>Started by {@code scripts/neo4j start}; stopped by SIGTERM (a shutdown hook closes the DBMS
 * cleanly). Options (all optional):
 *
 * <pre>
 *   --home DIR          DBMS home; data in DIR/data, logs in DIR/logs   (default .neo4j)
 *   --host HOST         Bolt listen host                                 (default 127.0.0.1)
 *   --port PORT         Bolt listen port                                 (default 7687)
 *   --pagecache SIZE    page cache size in MiB, or with suffix k/m/g     (default 512m)
 *   --pid-file FILE     write this JVM's pid to FILE at startup
 * </pre>
 *
 * Environment: {@code NEO4J_AUTH=none} disables authentication; otherwise authentication is on,
 * with user {@code neo4j} whose password is set to {@code NEO4J_PASSWORD} (default
 * {@code ecograph-dev}) at every start. The password is never printed.
 *
 * <p>On success it prints a line starting with {@code ECOGRAPH_NEO4J_READY} to stdout.
 */
public final class Server {
    static final String READY = "ECOGRAPH_NEO4J_READY";
    static final String DEFAULT_PASSWORD = "ecograph-dev";

    private Server() {}

    public static void main(String[] args) throws Exception {
        Path home = Path.of(".neo4j");
        String host = "127.0.0.1";
        int port = 7687;
        long pageCache = ByteUnit.mebiBytes(512);
        Path pidFile = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String v = i + 1 < args.length ? args[i + 1] : null;
            switch (a) {
                case "--home" -> { home = Path.of(need(a, v)); i++; }
                case "--host" -> { host = need(a, v); i++; }
                case "--port" -> { port = Integer.parseInt(need(a, v)); i++; }
                case "--pagecache" -> { pageCache = parseSize(need(a, v)); i++; }
                case "--pid-file" -> { pidFile = Path.of(need(a, v)); i++; }
                default -> fail("unknown option " + a);
            }
        }
        String authMode = env("NEO4J_AUTH", "basic");
        boolean auth = !authMode.equalsIgnoreCase("none");
        String password = env("NEO4J_PASSWORD", DEFAULT_PASSWORD);

        home = home.toAbsolutePath().normalize();
        Files.createDirectories(home);
        if (pidFile != null) {
            Files.writeString(pidFile, ProcessHandle.current().pid() + "\n");
        }
        Instant t0 = Instant.now();
        log("starting Neo4j " + neo4jVersion() + " (Community, embedded), home " + home
                + ", bolt " + host + ":" + port + ", auth " + (auth ? "enabled (user neo4j)" : "disabled"));

        DatabaseManagementService dbms;
        try {
            dbms = new DatabaseManagementServiceBuilder(home)
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress(host, port))
                    .setConfig(BoltConnector.advertised_address, new SocketAddress(host, port))
                    .setConfig(HttpConnector.enabled, false)
                    .setConfig(HttpsConnector.enabled, false)
                    .setConfig(GraphDatabaseSettings.auth_enabled, auth)
                    .setConfig(GraphDatabaseSettings.auth_minimum_password_length, 1)
                    // tests that try a wrong password must not lock user neo4j out (default: 3 tries, 5 s)
                    .setConfig(GraphDatabaseSettings.auth_max_failed_attempts, 0)
                    .setConfig(GraphDatabaseSettings.pagecache_memory, pageCache)
                    // no usage-report phone-home from dev machines and CI
                    .setConfig(GraphDatabaseSettings.udc_enabled, false)
                    // Netty's default 5 s quiet period per connector makes every stop take ~10 s
                    .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                    .build();
        } catch (Throwable e) {
            System.err.println("[ecograph-neo4j] failed to start the DBMS: " + e);
            Throwable c = e.getCause();
            while (c != null) {
                System.err.println("[ecograph-neo4j]   caused by: " + c);
                c = c.getCause();
            }
            e.printStackTrace();
            System.exit(1);
            return;
        }

        CountDownLatch stopped = new CountDownLatch(1);
        final DatabaseManagementService service = dbms;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log("shutting down");
            try {
                service.shutdown();
                log("stopped cleanly");
            } catch (Throwable e) {
                System.err.println("[ecograph-neo4j] error during shutdown: " + e);
            } finally {
                stopped.countDown();
            }
        }, "ecograph-neo4j-shutdown"));

        try {
            if (auth) {
                setPassword(dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME), password);
            }
            GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            if (!db.isAvailable(Duration.ofMinutes(2).toMillis())) {
                fail("database 'neo4j' did not become available");
            }
            db.executeTransactionally("RETURN 1");
        } catch (Throwable e) {
            System.err.println("[ecograph-neo4j] startup failed: " + e);
            e.printStackTrace();
            System.exit(1);
        }
        log(READY + " bolt://" + host + ":" + port + " in "
                + Duration.between(t0, Instant.now()).toMillis() + " ms");
        stopped.await();
    }

    private static void setPassword(GraphDatabaseService system, String password) {
        try {
            system.executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
                    Map.of("password", password));
            log("password of user neo4j set from NEO4J_PASSWORD (or the default)");
        } catch (RuntimeException e) {
            String m = String.valueOf(e.getMessage());
            if (m.contains("cannot be the same")) {
                log("password of user neo4j unchanged");
            } else {
                throw e;
            }
        }
    }

    private static String neo4jVersion() {
        Package p = DatabaseManagementService.class.getPackage();
        String v = p == null ? null : p.getImplementationVersion();
        return v == null ? "5.x" : v;
    }

    private static long parseSize(String s) {
        String t = s.trim().toLowerCase();
        long mul = ByteUnit.mebiBytes(1);
        char last = t.charAt(t.length() - 1);
        if (Character.isLetter(last)) {
            t = t.substring(0, t.length() - 1);
            mul = switch (last) {
                case 'k' -> ByteUnit.kibiBytes(1);
                case 'm' -> ByteUnit.mebiBytes(1);
                case 'g' -> ByteUnit.gibiBytes(1);
                default -> throw new IllegalArgumentException("bad size " + s);
            };
        }
        return Long.parseLong(t) * mul;
    }

    private static String env(String name, String dflt) {
        String v = System.getenv(name);
        return v == null || v.isEmpty() ? dflt : v;
    }

    private static String need(String opt, String v) {
        if (v == null) fail("option " + opt + " needs a value");
        return v;
    }

    private static void fail(String msg) {
        System.err.println("[ecograph-neo4j] " + msg);
        System.exit(2);
    }

    private static void log(String msg) {
        System.out.println("[ecograph-neo4j] " + Instant.now() + " " + msg);
        System.out.flush();
    }
}
