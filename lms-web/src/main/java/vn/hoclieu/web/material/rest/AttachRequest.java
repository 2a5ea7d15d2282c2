package vn.hoclieu.web.material.rest;

import jakarta.validation.constraints.NotBlank;

/** Which completed upload to attach to a material. */
public record AttachRequest(@NotBlank(message = "{material.upload.required}") String uploadId) {
}
