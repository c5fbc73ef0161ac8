package org.chemsafe.simulator;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes samples to a broker's {@value #TOPIC} topic at QoS 1, signed in with a TELEMETRY API token as the
 * password, and waits for each PUBACK (which the platform sends once the samples are durable). It connects on the
 * first send and again after a lost connection; while the broker is away the samples are dropped and counted in the log.
 */
public final class MqttSink implements SampleSink {

    public static final String TOPIC = "chemsafe/telemetry";
    private static final Logger log = LoggerFactory.getLogger(MqttSink.class);

    private final String brokerUrl;
    private final String token;
    private final MqttClient client;

    public MqttSink(String brokerUrl, String clientId, String token) {
        this.brokerUrl = brokerUrl;
        this.token = token;
        try {
            this.client = new MqttClient(brokerUrl, clientId, new MemoryPersistence());
        } catch (MqttException e) {
            throw new IllegalArgumentException("Not an MQTT broker address: " + brokerUrl, e);
        }
    }

    @Override
    public synchronized boolean send(String gateway, List<Sample> samples) {
        try {
            if (!client.isConnected()) {
                MqttConnectOptions options = new MqttConnectOptions();
                options.setUserName("simulator");
                options.setPassword(token.toCharArray());
                options.setCleanSession(true);
                options.setConnectionTimeout(5);
                client.connect(options);
                log.info("Simulator connected to {}", brokerUrl);
            }
            MqttMessage message = new MqttMessage(TelemetryJson.of(gateway, samples).getBytes(StandardCharsets.UTF_8));
            message.setQos(1);
            client.publish(TOPIC, message);
            return true;
        } catch (MqttException e) {
            log.warn("Simulator could not publish {} samples to {}: {}", samples.size(), brokerUrl, e.toString());
            return false;
        }
    }

    @Override
    public synchronized void close() {
        try {
            if (client.isConnected()) {
                client.disconnect();
            }
            client.close();
        } catch (MqttException e) {
            log.debug("Simulator's MQTT client closed uncleanly", e);
        }
    }
}
