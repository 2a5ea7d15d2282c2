package vn.hoclieu.core.certificate;

/** Only the holder and the district's admins may download a certificate; only district admins issue and revoke. */
public class CertificateAccessDeniedException extends CertificateException {

    public CertificateAccessDeniedException(String message) {
        super(message);
    }
}
