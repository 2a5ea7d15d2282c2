package vn.hoclieu.core.course;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.hoclieu.content.material.Licence;
import vn.hoclieu.core.course.model.Audience;
import vn.hoclieu.core.course.model.CourseLevel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An author's description of an open course. Description is rich text (sanitized when stored);
 * dates are Vietnam calendar days (the course runs from the start of the first to the end of the
 * last), both optional; {@code passPercent} empty means 70; {@code coAuthors} are usernames added
 * after the creator.
 */
public record CourseInput(
        @NotBlank(message = "{course.title.required}") @Size(max = 200, message = "{course.title.size}") String title,
        @Size(max = 20_000, message = "{course.description.size}") String description,
        @NotBlank(message = "{course.subject.required}") String subjectCode,
        @NotNull(message = "{course.level.required}") CourseLevel level,
        @NotNull(message = "{course.audience.required}") Audience audience,
        @NotNull(message = "{course.hours.range}") @DecimalMin(value = "0.5", message = "{course.hours.range}")
        @DecimalMax(value = "500", message = "{course.hours.range}") BigDecimal estimatedHours,
        @NotNull(message = "{course.licence.required}") Licence licence,
        LocalDate startsOn,
        LocalDate endsOn,
        @Min(value = 1, message = "{course.pass.range}") @Max(value = 100, message = "{course.pass.range}") Integer passPercent,
        @Size(max = 10, message = "{course.authors.size}") List<@NotBlank String> coAuthors) {
}
