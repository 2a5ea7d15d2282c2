package vn.hoclieu.core.classroom;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A teacher's new announcement. Messages are keys of the ValidationMessages bundles. */
public record AnnouncementInput(
        @NotBlank(message = "{announcement.title.required}")
        @Size(max = 200, message = "{announcement.title.size}")
        String title,
        @NotBlank(message = "{announcement.body.required}")
        @Size(max = 20000, message = "{announcement.body.size}")
        String body,
        boolean commentsOpen) {
}
