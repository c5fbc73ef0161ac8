package org.chemsafe.monitoring.internal;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.chemsafe.identity.MachineTokens;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.mqtt.MqttDecoder;
import io.netty.handler.codec.mqtt.MqttEncoder;
import io.netty.handler.timeout.IdleStateHandler;

/**
 * The MQTT 3.1.1 telemetry endpoint on {@code chemsafe.mqtt.port}, built on Netty's MQTT codec rather than an
 * embedded broker: a broker (Moquette 0.17) sends the PUBACK before its interceptors see the message, and here a
 * PUBACK must mean the samples are committed. Two event-loop threads read and write the connections
 * ({@link MqttConnection}); token checks and the parsing and checking of messages run on a small pool of their own,
 * the commit on the {@link RawWriter}'s thread.
 */
@Component
class MqttEndpoint implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(MqttEndpoint.class);
    private static final int EVENT_LOOPS = 2;

    private final MqttSettings settings;
    private final MachineTokens tokens;
    private final TelemetryMessages messages;
    private @Nullable EventLoopGroup loops;
    private @Nullable ExecutorService work;
    private @Nullable Channel server;

    MqttEndpoint(MqttSettings settings, MachineTokens tokens, TelemetryMessages messages) {
        this.settings = settings;
        this.tokens = tokens;
        this.messages = messages;
    }

    @Override
    public void start() {
        if (!settings.enabled()) {
            LOG.info("MQTT telemetry endpoint off (chemsafe.mqtt.port is 0)");
            return;
        }
        EventLoopGroup group = new MultiThreadIoEventLoopGroup(EVENT_LOOPS, NioIoHandler.newFactory());
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()),
                named("mqtt-telemetry-"));
        int maxBytes = (int) Math.min(Integer.MAX_VALUE, settings.maxMessageSize().toBytes());
        ServerBootstrap bootstrap = new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel channel) {
                        channel.pipeline()
                                .addLast(MqttConnection.IDLE_HANDLER, new IdleStateHandler(
                                        settings.connectTimeout().toMillis(), 0, 0, TimeUnit.MILLISECONDS))
                                .addLast(new MqttDecoder(maxBytes))
                                .addLast(MqttEncoder.INSTANCE)
                                .addLast(new MqttConnection(tokens, messages, pool, settings.maxInFlight()));
                    }
                });
        try {
            server = bootstrap.bind(settings.host(), settings.port()).syncUninterruptibly().channel();
        } catch (RuntimeException bindFailed) {
            group.shutdownGracefully(0, 0, TimeUnit.SECONDS);
            pool.shutdown();
            throw bindFailed;
        }
        loops = group;
        work = pool;
        LOG.info("MQTT telemetry endpoint listening on {}, topic {}", server.localAddress(), MqttSettings.TOPIC);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.close().syncUninterruptibly();
            server = null;
        }
        if (loops != null) {
            loops.shutdownGracefully(0, 5, TimeUnit.SECONDS).syncUninterruptibly();
            loops = null;
        }
        if (work != null) {
            work.shutdown();
            work = null;
        }
    }

    @Override
    public boolean isRunning() {
        return server != null;
    }

    private static java.util.concurrent.ThreadFactory named(String prefix) {
        AtomicInteger next = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + next.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
