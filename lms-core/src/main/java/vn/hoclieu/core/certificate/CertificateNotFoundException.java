package vn.hoclieu.core.certificate;

/** No certificate has this code (or the code is malformed, forged or altered). */
public class CertificateNotFoundException extends CertificateException {

    public CertificateNotFoundException() {
        super("no such certificate");
    }
}
