package vn.hoclieu.web.certificate;

import vn.hoclieu.core.certificate.CertificateLabels;
import vn.hoclieu.web.i18n.Messages;

/** The printed words of certificates. Always Vietnamese: a certificate is an official paper of a Vietnamese office. */
public final class CertificateTexts {

    private CertificateTexts() {
    }

    public static CertificateLabels labels() {
        return new CertificateLabels(text("nation"), text("motto"), text("title"), text("holder"), text("course"),
                text("hours"), text("date"), text("code"), text("verifyAt"));
    }

    private static String text(String key) {
        return Messages.text(Messages.VIETNAMESE, "certificate.pdf." + key);
    }
}
