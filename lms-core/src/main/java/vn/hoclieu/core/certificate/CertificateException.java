package vn.hoclieu.core.certificate;

/** A refusal of the certificate feature; the web tier turns each kind into an API error. */
public abstract class CertificateException extends RuntimeException {

    protected CertificateException(String message) {
        super(message);
    }
}
