package vn.hoclieu.core.account;

/** What a person may do in HocLieu. Names are the security roles used in the web tier. */
public enum Role {
    STUDENT,
    TEACHER,
    REVIEWER,
    SCHOOL_ADMIN,
    DISTRICT_ADMIN,
    /** A self-learner who registered on the public page; belongs to no school. */
    LEARNER;

    /** Role names for {@code @RolesAllowed} and {@code @DeclareRoles}. */
    public static final String STUDENT_NAME = "STUDENT";
    public static final String TEACHER_NAME = "TEACHER";
    public static final String REVIEWER_NAME = "REVIEWER";
    public static final String SCHOOL_ADMIN_NAME = "SCHOOL_ADMIN";
    public static final String DISTRICT_ADMIN_NAME = "DISTRICT_ADMIN";
    public static final String LEARNER_NAME = "LEARNER";
}
