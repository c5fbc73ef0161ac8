package org.chemsafe.monitoring.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

import org.chemsafe.identity.MachineTokens;
import org.chemsafe.shared.Actor;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.mqtt.MqttConnectMessage;
import io.netty.handler.codec.mqtt.MqttConnectReturnCode;
import io.netty.handler.codec.mqtt.MqttFixedHeader;
import io.netty.handler.codec.mqtt.MqttIdentifierRejectedException;
import io.netty.handler.codec.mqtt.MqttMessage;
import io.netty.handler.codec.mqtt.MqttMessageBuilders;
import io.netty.handler.codec.mqtt.MqttMessageType;
import io.netty.handler.codec.mqtt.MqttPublishMessage;
import io.netty.handler.codec.mqtt.MqttQoS;
import io.netty.handler.codec.mqtt.MqttSubscribeMessage;
import io.netty.handler.codec.mqtt.MqttUnacceptableProtocolVersionException;
import io.netty.handler.codec.mqtt.MqttUnsubscribeMessage;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.handler.timeout.IdleStateHandler;
import io.netty.util.ReferenceCountUtil;

/**
 * One client connection of the MQTT 3.1.1 telemetry endpoint, handled on its Netty event loop. The CONNECT's password
 * must be an API token of purpose TELEMETRY (any user name); its enterprise is the connection's. A PUBLISH to
 * {@value MqttSettings#TOPIC} carries the HTTP body's JSON; a QoS 1 one is acknowledged (PUBACK) only once its samples
 * are committed, and PUBACKs leave in the order of their PUBLISHes. Bad messages are counted and the connection goes
 * on; a failed store, a QoS 2 message, an unreadable packet, silence beyond 1.5 × the keep-alive or any packet out of
 * the protocol closes it (the client publishes again what was not acknowledged). Subscriptions are refused: the
 * endpoint only receives.
 */
final class MqttConnection extends SimpleChannelInboundHandler<MqttMessage> {

    static final String IDLE_HANDLER = "idle";
    private static final Logger LOG = LoggerFactory.getLogger(MqttConnection.class);
    private static final String PURPOSE = "TELEMETRY";
    private static final MqttMessage PINGRESP = new MqttMessage(
            new MqttFixedHeader(MqttMessageType.PINGRESP, false, MqttQoS.AT_MOST_ONCE, false, 0));

    private enum State {
        NEW, AUTHENTICATING, CONNECTED
    }

    /** A received PUBLISH whose store is under way; {@code stored} completes after the commit. */
    private record InFlight(MqttQoS qos, int packetId, CompletableFuture<Void> stored) {
    }

    private final MachineTokens tokens;
    private final TelemetryMessages messages;
    private final Executor work;
    private final int maxInFlight;
    private final Deque<InFlight> inFlight = new ArrayDeque<>();
    /** Packets that arrived while the CONNECT's token was being checked (a client need not wait for CONNACK). */
    private final List<MqttMessage> early = new ArrayList<>();
    private State state = State.NEW;
    private @Nullable UUID enterpriseId;
    private String client = "-";

    MqttConnection(MachineTokens tokens, TelemetryMessages messages, Executor work, int maxInFlight) {
        this.tokens = tokens;
        this.messages = messages;
        this.work = work;
        this.maxInFlight = maxInFlight;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, MqttMessage message) {
        if (message.decoderResult().isFailure()) {
            unreadable(ctx, message.decoderResult().cause());
            return;
        }
        if (state == State.AUTHENTICATING) {
            early.add(ReferenceCountUtil.retain(message));
            return;
        }
        MqttMessageType type = message.fixedHeader().messageType();
        if (state == State.NEW) {
            if (type == MqttMessageType.CONNECT) {
                connect(ctx, (MqttConnectMessage) message);
            } else {
                outOfProtocol(ctx, type);
            }
            return;
        }
        switch (type) {
            case PUBLISH -> publish(ctx, (MqttPublishMessage) message);
            case PINGREQ -> ctx.writeAndFlush(PINGRESP);
            case SUBSCRIBE -> refuseSubscription(ctx, (MqttSubscribeMessage) message);
            case UNSUBSCRIBE -> ctx.writeAndFlush(MqttMessageBuilders.unsubAck()
                    .packetId(((MqttUnsubscribeMessage) message).variableHeader().messageId()).build());
            case DISCONNECT -> ctx.close();
            default -> outOfProtocol(ctx, type);
        }
    }

    private void connect(ChannelHandlerContext ctx, MqttConnectMessage connect) {
        int version = connect.variableHeader().version();
        if (version != 3 && version != 4) {
            refuseConnection(ctx, version == 5 ? MqttConnectReturnCode.CONNECTION_REFUSED_UNSUPPORTED_PROTOCOL_VERSION
                    : MqttConnectReturnCode.CONNECTION_REFUSED_UNACCEPTABLE_PROTOCOL_VERSION);
            return;
        }
        client = connect.payload().clientIdentifier();
        if (client.isEmpty()) {
            if (!connect.variableHeader().isCleanSession()) {
                refuseConnection(ctx, MqttConnectReturnCode.CONNECTION_REFUSED_IDENTIFIER_REJECTED);
                return;
            }
            client = "anonymous-" + ctx.channel().id().asShortText();
        }
        byte[] password = connect.variableHeader().hasPassword() ? connect.payload().passwordInBytes() : null;
        if (password == null) {
            LOG.warn("MQTT client {} from {} refused: no password (an API token of purpose TELEMETRY)", client,
                    ctx.channel().remoteAddress());
            refuseConnection(ctx, MqttConnectReturnCode.CONNECTION_REFUSED_BAD_USER_NAME_OR_PASSWORD);
            return;
        }
        state = State.AUTHENTICATING;
        int keepAliveSeconds = connect.variableHeader().keepAliveTimeSeconds();
        String token = new String(password, StandardCharsets.UTF_8);
        CompletableFuture.supplyAsync(() -> tokens.authenticate(token, PURPOSE), work).whenComplete(
                (actor, failure) -> ctx.executor().execute(() -> authenticated(ctx, actor, failure, keepAliveSeconds)));
    }

    private void authenticated(ChannelHandlerContext ctx, @Nullable Optional<Actor> actor,
            @Nullable Throwable failure, int keepAliveSeconds) {
        UUID enterprise = actor == null ? null : actor.map(found -> found.scope().enterpriseId()).orElse(null);
        if (enterprise == null) {
            if (failure != null) {
                LOG.error("MQTT client {}: checking its token failed", client, failure);
            } else {
                LOG.warn("MQTT client {} from {} refused: not a usable API token of purpose TELEMETRY", client,
                        ctx.channel().remoteAddress());
            }
            releaseEarly();
            refuseConnection(ctx, failure != null ? MqttConnectReturnCode.CONNECTION_REFUSED_SERVER_UNAVAILABLE
                    : MqttConnectReturnCode.CONNECTION_REFUSED_BAD_USER_NAME_OR_PASSWORD);
            return;
        }
        enterpriseId = enterprise;
        state = State.CONNECTED;
        // MQTT 3.1.1 3.1.2.10: silence beyond one and a half keep-alive periods ends the connection; 0 means none
        ctx.pipeline().replace(IDLE_HANDLER, IDLE_HANDLER,
                new IdleStateHandler(keepAliveSeconds * 1500L, 0, 0, TimeUnit.MILLISECONDS));
        ctx.writeAndFlush(MqttMessageBuilders.connAck().returnCode(MqttConnectReturnCode.CONNECTION_ACCEPTED)
                .sessionPresent(false).build());
        List<MqttMessage> waiting = List.copyOf(early);
        early.clear();
        for (MqttMessage message : waiting) {
            try {
                channelRead0(ctx, message);
            } finally {
                ReferenceCountUtil.release(message);
            }
        }
    }

    private void publish(ChannelHandlerContext ctx, MqttPublishMessage publish) {
        MqttQoS qos = publish.fixedHeader().qosLevel();
        int packetId = publish.variableHeader().packetId();
        String topic = publish.variableHeader().topicName();
        if (qos == MqttQoS.EXACTLY_ONCE) {
            messages.refuse(MessageRefusal.UNSUPPORTED_QOS, enterpriseId, client, topic);
            ctx.close();
            return;
        }
        if (!MqttSettings.TOPIC.equals(topic)) {
            messages.refuse(MessageRefusal.BAD_TOPIC, enterpriseId, client, topic);
            track(ctx, qos, packetId, CompletableFuture.completedFuture(null));
            return;
        }
        byte[] payload = ByteBufUtil.getBytes(publish.payload());
        UUID enterprise = enterpriseId;
        String from = client;
        track(ctx, qos, packetId, CompletableFuture
                .supplyAsync(() -> messages.consume(enterprise, from, payload), work)
                .thenCompose(stored -> stored));
    }

    /** Remembers the message until it is stored; reading pauses while {@code maxInFlight} messages wait. */
    private void track(ChannelHandlerContext ctx, MqttQoS qos, int packetId, CompletableFuture<Void> stored) {
        inFlight.add(new InFlight(qos, packetId, stored));
        if (inFlight.size() >= maxInFlight) {
            ctx.channel().config().setAutoRead(false);
        }
        stored.whenComplete((done, failure) -> ctx.executor().execute(() -> acknowledge(ctx)));
    }

    /** Acknowledges the stored messages at the head of the queue, in the order they were received. */
    private void acknowledge(ChannelHandlerContext ctx) {
        boolean wrote = false;
        while (!inFlight.isEmpty() && inFlight.peek().stored().isDone()) {
            InFlight done = inFlight.poll();
            Throwable failure = failure(done.stored());
            if (failure != null) {
                LOG.error("MQTT client {}: storing a message failed; closing without acknowledging it", client,
                        failure);
                inFlight.clear();
                ctx.close();
                return;
            }
            if (done.qos() == MqttQoS.AT_LEAST_ONCE) {
                ctx.write(MqttMessageBuilders.pubAck().packetId(done.packetId()).build());
                wrote = true;
            }
        }
        if (wrote) {
            ctx.flush();
        }
        if (inFlight.size() < maxInFlight && ctx.channel().isActive()) {
            ctx.channel().config().setAutoRead(true);
        }
    }

    private static @Nullable Throwable failure(CompletableFuture<Void> stored) {
        try {
            stored.join();
            return null;
        } catch (CompletionException | CancellationException failed) {
            return failed.getCause() == null ? failed : failed.getCause();
        }
    }

    private void refuseSubscription(ChannelHandlerContext ctx, MqttSubscribeMessage subscribe) {
        MqttMessageBuilders.SubAckBuilder refused = MqttMessageBuilders.subAck()
                .packetId(subscribe.variableHeader().messageId());
        subscribe.payload().topicSubscriptions().forEach(topic -> refused.addGrantedQos(MqttQoS.FAILURE));
        ctx.writeAndFlush(refused.build());
    }

    private void unreadable(ChannelHandlerContext ctx, Throwable cause) {
        if (state == State.NEW && cause instanceof MqttUnacceptableProtocolVersionException) {
            refuseConnection(ctx, MqttConnectReturnCode.CONNECTION_REFUSED_UNACCEPTABLE_PROTOCOL_VERSION);
        } else if (state == State.NEW && cause instanceof MqttIdentifierRejectedException) {
            refuseConnection(ctx, MqttConnectReturnCode.CONNECTION_REFUSED_IDENTIFIER_REJECTED);
        } else {
            messages.refuse(MessageRefusal.MALFORMED_PACKET, enterpriseId, client, String.valueOf(cause));
            ctx.close();
        }
    }

    private void outOfProtocol(ChannelHandlerContext ctx, MqttMessageType type) {
        LOG.warn("MQTT client {} from {}: {} not allowed in state {}, closing", client, ctx.channel().remoteAddress(),
                type, state);
        ctx.close();
    }

    private static void refuseConnection(ChannelHandlerContext ctx, MqttConnectReturnCode code) {
        ctx.writeAndFlush(MqttMessageBuilders.connAck().returnCode(code).sessionPresent(false).build())
                .addListener(ChannelFutureListener.CLOSE);
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
        if (event instanceof IdleStateEvent) {
            LOG.info("MQTT client {} from {} silent beyond its keep-alive (or sent no CONNECT), closing", client,
                    ctx.channel().remoteAddress());
            ctx.close();
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        LOG.debug("MQTT client {}: connection failed", client, cause);
        ctx.close();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        releaseEarly();
        if (!inFlight.isEmpty()) {
            LOG.info("MQTT client {} gone with {} messages not yet acknowledged", client, inFlight.size());
        }
    }

    private void releaseEarly() {
        early.forEach(ReferenceCountUtil::release);
        early.clear();
    }
}
