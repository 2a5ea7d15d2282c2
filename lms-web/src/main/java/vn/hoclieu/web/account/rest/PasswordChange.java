package vn.hoclieu.web.account.rest;

import jakarta.validation.constraints.NotNull;

/** {@code POST /api/v1/auth/password}: the current password and the new one (rules: AccountService). */
public record PasswordChange(@NotNull(message = "{account.password.required}") String currentPassword,
                             @NotNull(message = "{account.password.required}") String newPassword) {
}
