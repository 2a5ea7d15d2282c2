package vn.hoclieu.core.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A self-learner signing up on the public page. Messages are keys of ValidationMessages bundles. */
public record LearnerRegistration(
        @NotBlank(message = "{account.username.required}")
        @Pattern(regexp = "[a-z0-9][a-z0-9._-]{2,31}", message = "{account.username.pattern}")
        String username,
        @NotBlank(message = "{account.displayName.required}")
        @Size(max = 160, message = "{account.displayName.size}")
        String displayName,
        @Email(message = "{account.email.invalid}")
        @Size(max = 254, message = "{account.email.invalid}")
        String email,
        @NotBlank(message = "{account.password.required}")
        @Size(min = 10, max = 128, message = "{account.password.size}")
        String password,
        String locale) {
}
