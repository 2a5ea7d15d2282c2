package vn.hoclieu.core.assignment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A teacher sets (or edits) an assignment. Times are Vietnam time as typed; the instructions are
 * HTML that the service sanitizes. Left out: maxFiles 5, maxFileBytes 10 MiB, the default
 * extensions, the scale from the class's grade, no cut-off (no rubric).
 */
public record AssignmentInput(
        @NotNull(message = "{assignment.subject.required}") Long subjectId,
        @NotBlank(message = "{assignment.title.required}") @Size(max = 200, message = "{assignment.title.size}") String title,
        @Size(max = 100_000, message = "{assignment.instructions.size}") String instructions,
        @NotNull(message = "{assignment.opensAt.required}") LocalDateTime opensAt,
        @NotNull(message = "{assignment.dueAt.required}") LocalDateTime dueAt,
        LocalDateTime cutoffAt,
        LatePolicy latePolicy,
        @Min(value = 0, message = "{assignment.penalty.range}") @Max(value = 100, message = "{assignment.penalty.range}") Integer latePenaltyPercent,
        SubmissionKind submissionKind,
        @Min(value = 1, message = "{assignment.maxFiles.range}") @Max(value = 20, message = "{assignment.maxFiles.range}") Integer maxFiles,
        @Min(value = 1, message = "{assignment.maxFileBytes.range}") @Max(value = AssignmentInput.MAX_FILE_BYTES, message = "{assignment.maxFileBytes.range}") Long maxFileBytes,
        @Size(max = 30, message = "{assignment.extensions.invalid}") List<String> allowedExtensions,
        GradingScale scale,
        @Size(max = 20, message = "{assignment.rubric.invalid}") List<@Valid Criterion> rubric) {

    public static final long MAX_FILE_BYTES = 50L * 1024 * 1024;
    public static final long DEFAULT_FILE_BYTES = 10L * 1024 * 1024;
    public static final int DEFAULT_MAX_FILES = 5;
    public static final List<String> DEFAULT_EXTENSIONS =
            List.of("pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "odt", "ods", "odp", "txt", "jpg", "jpeg", "png");
}
