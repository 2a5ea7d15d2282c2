package vn.hoclieu.core.certificate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A district admin certifies a course completed outside the system — the district's own
 * in-person training of teachers, for instance. {@code reference} is the district's own record
 * number (sổ cấp chứng nhận): the same reference never issues twice.
 */
public record ManualCertificate(
        @NotNull(message = "{certificate.holder.required}")
        Long holderAccountId,
        @NotBlank(message = "{certificate.title.required}")
        @Size(max = 300, message = "{certificate.title.size}")
        String courseTitle,
        @NotNull(message = "{certificate.hours.range}")
        @DecimalMin(value = "0.5", message = "{certificate.hours.range}")
        @DecimalMax(value = "10000", message = "{certificate.hours.range}")
        BigDecimal hours,
        @NotNull(message = "{certificate.completedOn.required}")
        LocalDate completedOn,
        @NotBlank(message = "{certificate.reference.required}")
        @Size(max = 100, message = "{certificate.reference.size}")
        String reference) {
}
