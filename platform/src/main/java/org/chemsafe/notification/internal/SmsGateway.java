package org.chemsafe.notification.internal;

/** An SMS provider: sends a text to a mobile number, or throws with the provider's reason. */
interface SmsGateway {

    boolean configured();

    void send(String phone, String text) throws Exception;
}
