package vn.hoclieu.core.course;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import vn.hoclieu.core.assignment.SubmissionKind;

import java.util.List;

/**
 * The assignment of an ASSIGNMENT unit (its title is the unit's): instructions (rich text,
 * sanitized when stored) and what the learner hands in, with the assignments' upload rules
 * (defaults: text and files, 5 files, the usual extensions). It opens when the course does,
 * is scored on 10 and passes at the course's threshold; a self-paced course has no real due date.
 */
public record AssignmentUnitInput(
        @Size(max = 100_000, message = "{assignment.instructions.size}") String instructions,
        SubmissionKind submissionKind,
        @Min(value = 1, message = "{assignment.maxFiles.range}") @Max(value = 20, message = "{assignment.maxFiles.range}") Integer maxFiles,
        @Size(max = 30, message = "{assignment.extensions.invalid}") List<String> allowedExtensions) {
}
