package vn.hoclieu.core.certificate;

/**
 * The district's side of certificates, produced by the web tier from its configuration.
 *
 * @param secret     the key of the codes' check parts; whoever holds it can mint valid-looking codes
 * @param issuerName printed when a request names no issuer (the district's office of education)
 * @param place      the place written before the date ("Lâm Hà, ngày …"); may be blank
 */
public record CertificateSettings(byte[] secret, String issuerName, String place) {
}
