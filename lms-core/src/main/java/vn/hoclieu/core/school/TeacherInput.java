package vn.hoclieu.core.school;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A teacher's account added by the school: a username is made from the name ({@code gv.lan}) when
 * none is given.
 */
public record TeacherInput(
        @NotBlank(message = "{school.teacher.name.required}") @Size(max = 160, message = "{school.teacher.name.size}") String displayName,
        @Pattern(regexp = "|[a-z0-9][a-z0-9._-]{2,31}", message = "{school.teacher.username.pattern}") String username,
        @Email(message = "{school.teacher.email.invalid}") @Size(max = 254, message = "{school.teacher.email.invalid}") String email) {
}
