package vn.hoclieu.content.review;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.Set;

/** A review pool as the district admin configures it; no subject or level means all of them. */
public record PoolSettings(Long id,
                           @NotBlank(message = "{review.pool.name.required}") @Size(max = 200) String name,
                           @Size(max = 40) String subjectCode,
                           GradeLevel level,
                           @NotNull Set<@NotNull Long> reviewerIds) {
}
