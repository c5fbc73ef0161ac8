package org.chemsafe.simulator;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The standalone simulator: publishes a plant's samples to any ChemSafe until stopped (or for {@code --duration}).
 *
 * <pre>
 * java -jar simulator/target/chemsafe-simulator-exec.jar --url http://localhost:8080 --token cs_… [options]
 *   --plant chemicals|storage|load   which plant (default chemicals: the demo 化工 enterprise's points)
 *   --points N                       the load plant's size (default 1000; tags SIM-000001 on)
 *   --mqtt tcp://host:1883           publish over MQTT to this broker instead of HTTP to --url
 *   --period 1s                      the tick (ISO-8601 like PT0.5S, or 500ms, 2s)
 *   --gateway CODE                   the gateway code the messages carry (default the plant's)
 *   --seed N                         the random seed (default 1)
 *   --duration 10m                   stop after this long (default: run until killed)
 * </pre>
 *
 * The token is an API token of purpose TELEMETRY of the enterprise whose points these are. Run standalone, the
 * plant's OPC UA and Modbus points are published too.
 */
public final class SimulatorMain {

    private static final Set<String> OPTIONS = Set.of("url", "token", "plant", "points", "mqtt", "period", "gateway",
            "seed", "duration");

    private static final Pattern DURATION = Pattern.compile("(\\d{1,9})(ms|s|m|h)");

    private SimulatorMain() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("logback.configurationFile", "simulator-logback.xml");
        try {
            run(options(args));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println("Usage: --url http://host:8080 --token cs_… [--plant chemicals|storage|load] "
                    + "[--points N] [--mqtt tcp://host:1883] [--period 1s] [--gateway CODE] [--seed N] [--duration 10m]");
            System.exit(2);
        }
    }

    private static void run(Map<String, String> options) throws InterruptedException {
        String token = required(options, "token");
        String plant = options.getOrDefault("plant", "chemicals");
        List<PlantPoint> points = switch (plant) {
            case "chemicals" -> DemoPlant.chemicals();
            case "storage" -> DemoPlant.storage();
            case "load" -> LoadPlant.of(number(options.getOrDefault("points", "1000")));
            default -> throw new IllegalArgumentException("Unknown plant " + plant);
        };
        String gateway = options.getOrDefault("gateway",
                plant.equals("storage") ? DemoPlant.STORAGE_GATEWAY : DemoPlant.CHEMICALS_GATEWAY);
        SampleSink sink = options.containsKey("mqtt") ? new MqttSink(options.get("mqtt"), "simulator-" + gateway, token)
                : new HttpSink(required(options, "url"), token);
        List<PlantPoint> published = points.stream().map(point -> point.via(Channel.PUBLISHED)).toList();
        try (PlantSimulator simulator = new PlantSimulator(published, gateway,
                number(options.getOrDefault("seed", "1")), sink, null, null)) {
            simulator.start(duration(options.getOrDefault("period", "1s")));
            CountDownLatch stop = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
            if (options.containsKey("duration")) {
                Thread.sleep(duration(options.get("duration")).toMillis());
            } else {
                stop.await();
            }
            System.out.printf("Published %d samples acknowledged, %d dropped%n", simulator.acknowledged(),
                    simulator.dropped());
        } finally {
            sink.close();
        }
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String name = args[i].startsWith("--") ? args[i].substring(2) : "";
            if (!OPTIONS.contains(name) || i + 1 >= args.length) {
                throw new IllegalArgumentException("Unknown option or missing value: " + args[i]);
            }
            options.put(name, args[++i]);
        }
        return options;
    }

    /** A duration as ISO-8601 ({@code PT0.5S}) or a number with ms, s, m or h. */
    static Duration duration(String text) {
        if (text.startsWith("P") || text.startsWith("p")) {
            try {
                return Duration.parse(text);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("Not a duration: " + text, e);
            }
        }
        Matcher matcher = DURATION.matcher(text.strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("Not a duration: " + text);
        }
        long amount = Long.parseLong(matcher.group(1));
        return switch (matcher.group(2)) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            default -> Duration.ofHours(amount);
        };
    }

    private static int number(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Not a number: " + text, e);
        }
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return value;
    }
}
