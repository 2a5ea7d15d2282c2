package vn.hoclieu.core.certificate;

/**
 * The printed words of a certificate, from the web tier's bundles. {@code hours} has {0} for the
 * number; {@code date} has {0} place, {1} day, {2} month, {3} year.
 */
public record CertificateLabels(String nation, String motto, String title, String holder, String course,
                                String hours, String date, String code, String verifyAt) {
}
