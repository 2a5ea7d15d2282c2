package vn.hoclieu.core.certificate.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The fields a certificate prints, which its code's seal covers: editing any of them in the database breaks the seal. */
record PrintedFields(String holderName, String courseTitle, BigDecimal hours, LocalDate completedOn, String issuerName) {

    /** One unambiguous string: fields joined by a separator no text field may hold. */
    String canonical() {
        return String.join("\u001f", holderName, courseTitle, hours.stripTrailingZeros().toPlainString(),
                completedOn.toString(), issuerName);
    }
}
