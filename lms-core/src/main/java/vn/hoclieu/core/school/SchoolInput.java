package vn.hoclieu.core.school;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.hoclieu.core.school.model.SchoolLevel;

/** A school the district office adds; {@code code} is the district's short key for it. */
public record SchoolInput(
        @NotBlank(message = "{school.code.pattern}") @Pattern(regexp = "[A-Za-z0-9_-]{2,32}", message = "{school.code.pattern}") String code,
        @NotBlank(message = "{school.name.required}") @Size(max = 200, message = "{school.name.size}") String name,
        @Size(max = 120, message = "{school.place.size}") String commune,
        @Size(max = 120, message = "{school.place.size}") String province,
        @NotNull(message = "{school.level.required}") SchoolLevel level) {
}
