package se.sspf.notification.delivery;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import se.sspf.notification.domain.Channel;
import se.sspf.notification.domain.Delivery;
import se.sspf.notification.message.Composed;

/** Sends a message as plain-text e-mail over the municipality's SMTP server. */
@Component
class MailCourier implements Courier {

    private final JavaMailSender mail;
    private final String from;

    MailCourier(JavaMailSender mail, @Value("${sspf.notification.from}") String from) {
        this.mail = mail;
        this.from = from;
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public void deliver(Delivery delivery, Composed composed) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(delivery.target());
        message.setSubject(composed.message().subject());
        message.setText(composed.message().body());
        mail.send(message);
    }
}
