package vn.hoclieu.core.school;

/** A teacher just added, with the first password: shown once, never stored in clear. */
public record NewTeacher(StaffMember teacher, String firstPassword) {
}
