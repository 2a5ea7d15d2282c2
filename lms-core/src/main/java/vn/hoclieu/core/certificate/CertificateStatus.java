package vn.hoclieu.core.certificate;

/** A certificate stays valid until an issuer revokes it; a revoked one is still shown, as revoked. */
public enum CertificateStatus {
    VALID,
    REVOKED
}
