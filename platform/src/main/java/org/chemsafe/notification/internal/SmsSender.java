package org.chemsafe.notification.internal;

import org.springframework.stereotype.Component;

/** SMS to a user's mobile number through the SMS gateway. */
@Component
class SmsSender implements ChannelSender {

    private final SmsGateway gateway;

    SmsSender(SmsGateway gateway) {
        this.gateway = gateway;
    }

    @Override
    public DeliveryChannel channel() {
        return DeliveryChannel.SMS;
    }

    @Override
    public boolean available() {
        return gateway.configured();
    }

    @Override
    public void send(DueDelivery due) throws Exception {
        gateway.send(due.delivery().address(), due.notice().text());
    }
}
