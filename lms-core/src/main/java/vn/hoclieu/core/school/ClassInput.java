package vn.hoclieu.core.school;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new class of a school year ("3B", grade 3), optionally with its homeroom teacher. */
public record ClassInput(
        @NotNull(message = "{school.class.year.required}") Long schoolYearId,
        @NotBlank(message = "{school.class.name.required}") @Size(max = 20, message = "{school.class.name.size}") String name,
        @NotNull(message = "{school.class.grade.required}") Integer grade,
        Long homeroomTeacherId) {
}
