package vn.hoclieu.content.review;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** One line of the district's rubric; labels in Vietnamese and English. */
public record RubricCriterion(
        @NotBlank @Pattern(regexp = "[A-Z][A-Z_]{1,39}", message = "{review.criterion.code}") String code,
        int position,
        @NotBlank(message = "{review.criterion.label}") @Size(max = 300) String labelVi,
        @NotBlank(message = "{review.criterion.label}") @Size(max = 300) String labelEn,
        boolean active) {

    public String label(String language) {
        return "en".equals(language) ? labelEn : labelVi;
    }
}
