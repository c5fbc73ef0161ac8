package org.chemsafe.notification.internal;

/** Sends claimed deliveries of one channel; a failure is an exception whose message is recorded. */
interface ChannelSender {

    DeliveryChannel channel();

    /** Whether the channel is set up (an SMTP server, an SMS gateway): without it no delivery is created. */
    boolean available();

    void send(DueDelivery due) throws Exception;
}
