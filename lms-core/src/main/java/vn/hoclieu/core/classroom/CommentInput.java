package vn.hoclieu.core.classroom;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A comment under an announcement. */
public record CommentInput(
        @NotBlank(message = "{comment.body.required}")
        @Size(max = 2000, message = "{comment.body.size}")
        String body) {
}
