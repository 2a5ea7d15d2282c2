package vn.hoclieu.core.certificate;

/** A request the feature cannot act on: {@code field} names the input, {@code messageKey} the bundle text. */
public class InvalidCertificateException extends CertificateException {

    private final String field;
    private final String messageKey;

    public InvalidCertificateException(String field, String messageKey) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    public String field() { return field; }
    public String messageKey() { return messageKey; }
}
