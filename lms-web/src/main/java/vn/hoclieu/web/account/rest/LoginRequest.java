package vn.hoclieu.web.account.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record LoginRequest(
        @NotBlank(message = "{account.username.required}") @Size(max = 64, message = "{account.username.pattern}") String username,
        @NotBlank(message = "{account.password.required}") @Size(max = 128, message = "{account.password.size}") String password) {
}
