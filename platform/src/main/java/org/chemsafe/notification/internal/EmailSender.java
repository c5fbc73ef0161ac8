package org.chemsafe.notification.internal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/** E-mail over SMTP through Boot's mail sender, which exists once {@code spring.mail.host} is set. */
@Component
class EmailSender implements ChannelSender {

    private final ObjectProvider<JavaMailSender> mail;
    private final NotificationSettings settings;

    EmailSender(ObjectProvider<JavaMailSender> mail, NotificationSettings settings) {
        this.mail = mail;
        this.settings = settings;
    }

    @Override
    public DeliveryChannel channel() {
        return DeliveryChannel.EMAIL;
    }

    @Override
    public boolean available() {
        return mail.getIfAvailable() != null;
    }

    @Override
    public void send(DueDelivery due) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(settings.mailFrom());
        message.setTo(due.delivery().address());
        message.setSubject("[ChemSafe] " + due.notice().subject());
        message.setText(due.notice().body());
        mail.getObject().send(message);
    }
}
