package vn.hoclieu.core.school;

/** A teacher of the school; {@code mustChangePassword} while they still have the password the school gave them. */
public record StaffMember(long id, String username, String displayName, String email, boolean mustChangePassword) {
}
