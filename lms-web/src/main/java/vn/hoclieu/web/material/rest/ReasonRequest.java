package vn.hoclieu.web.material.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a material is retired: required, shown on its history. */
public record ReasonRequest(@NotBlank(message = "{material.reason.required}") @Size(max = 1000, message = "{material.reason.size}") String reason) {
}
