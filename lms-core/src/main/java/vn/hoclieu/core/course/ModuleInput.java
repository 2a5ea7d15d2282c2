package vn.hoclieu.core.course;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new module at the end of a course. */
public record ModuleInput(@NotBlank(message = "{course.module.title.required}") @Size(max = 200, message = "{course.title.size}") String title) {
}
