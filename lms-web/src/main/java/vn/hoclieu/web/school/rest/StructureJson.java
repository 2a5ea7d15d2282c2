package vn.hoclieu.web.school.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Small request bodies of the school structure's API. */
public final class StructureJson {

    private StructureJson() {
    }

    /** A class's new name. */
    public record Rename(@NotBlank(message = "{school.class.name.required}") @Size(max = 20, message = "{school.class.name.size}") String name) {
    }

    /** The homeroom teacher; null takes the class's homeroom teacher away. */
    public record Homeroom(Long teacherId) {
    }

    /** Who teaches a subject in a class. */
    public record SubjectTeacher(@NotNull(message = "{school.teacher.required}") Long teacherId) {
    }
}
