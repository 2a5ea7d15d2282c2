package vn.hoclieu.web.notification;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.hoclieu.content.notification.NotificationPosted;
import vn.hoclieu.core.account.AccountService;
import vn.hoclieu.web.i18n.Messages;

import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Mails each in-app notification to its recipient, once the transaction that posted it has
 * committed, when the district configured an SMTP host ({@code hoclieu.mail.smtp.host}; off by
 * default). A mail that cannot be sent is logged and dropped: the in-app notification stays.
 */
@ApplicationScoped
public class MailRelay {

    private static final Logger LOG = Logger.getLogger(MailRelay.class.getName());

    @Inject
    AccountService accounts;

    @Resource
    ManagedExecutorService executor;

    @Inject
    @ConfigProperty(name = "hoclieu.mail.smtp.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "hoclieu.mail.smtp.port", defaultValue = "587")
    int port;

    @Inject
    @ConfigProperty(name = "hoclieu.mail.smtp.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "hoclieu.mail.smtp.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "hoclieu.mail.from", defaultValue = "hoclieu@localhost")
    String from;

    void relay(@Observes(during = TransactionPhase.AFTER_SUCCESS) NotificationPosted posted) {
        if (host.filter(h -> !h.isBlank()).isEmpty()) {
            return;
        }
        Optional<String> address = accounts.emailOf(posted.recipientId());
        if (address.isPresent()) {
            Locale locale = accounts.findById(posted.recipientId())
                    .map(a -> Messages.supported(a.locale() == null ? null : Locale.forLanguageTag(a.locale())))
                    .orElse(Messages.VIETNAMESE);
            // a slow mail server must not hold up the reviewer's request
            executor.submit(() -> send(address.get(), locale, posted));
        }
    }

    private void send(String address, Locale locale, NotificationPosted posted) {
        try {
            MimeMessage mail = new MimeMessage(session());
            mail.setFrom(new InternetAddress(from));
            mail.setRecipients(Message.RecipientType.TO, InternetAddress.parse(address));
            mail.setSubject(Messages.text(locale, "notification.kind." + posted.kind().name()) + ": " + posted.subject(), "UTF-8");
            mail.setText(posted.detail() == null ? posted.subject() : posted.subject() + "\n\n" + posted.detail(), "UTF-8");
            Transport.send(mail);
        } catch (MessagingException | RuntimeException e) {
            LOG.log(Level.WARNING, "Could not mail a notification to account " + posted.recipientId() + ": " + e.getMessage());
        }
    }

    private Session session() {
        Properties p = new Properties();
        p.put("mail.smtp.host", host.orElseThrow());
        p.put("mail.smtp.port", Integer.toString(port));
        p.put("mail.smtp.starttls.enable", "true");
        p.put("mail.smtp.connectiontimeout", "10000");
        p.put("mail.smtp.timeout", "10000");
        if (user.filter(u -> !u.isBlank()).isPresent()) {
            p.put("mail.smtp.auth", "true");
            return Session.getInstance(p, new jakarta.mail.Authenticator() {
                @Override
                protected jakarta.mail.PasswordAuthentication getPasswordAuthentication() {
                    return new jakarta.mail.PasswordAuthentication(user.get(), password.orElse(""));
                }
            });
        }
        return Session.getInstance(p);
    }
}
