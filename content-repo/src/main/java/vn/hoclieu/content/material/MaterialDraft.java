package vn.hoclieu.content.material;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.Set;

/** A teacher's description of a material; messages are keys of ValidationMessages bundles. */
public record MaterialDraft(
        @NotBlank(message = "{material.title.required}") @Size(max = 300, message = "{material.title.size}") String title,
        @Size(max = 10000, message = "{material.description.size}") String description,
        @NotBlank(message = "{material.subject.required}") @Size(max = 40) String subjectCode,
        @NotEmpty(message = "{material.grades.required}")
        Set<@NotNull @Min(value = 1, message = "{material.grades.range}") @Max(value = 12, message = "{material.grades.range}") Integer> grades,
        @NotNull(message = "{material.type.required}") MaterialType type,
        @NotBlank(message = "{material.language.required}") @Pattern(regexp = "[a-z]{2,3}", message = "{material.language.pattern}") String language,
        @NotNull(message = "{material.licence.required}") Licence licence,
        @Size(max = 20, message = "{material.keywords.size}") Set<@NotBlank @Size(max = 100) String> keywords,
        @Size(max = 1000, message = "{material.curriculumNote.size}") String curriculumNote,
        @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "{material.externalUrl.pattern}") String externalUrl) {
}
