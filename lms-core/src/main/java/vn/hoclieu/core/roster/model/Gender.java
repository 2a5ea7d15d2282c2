package vn.hoclieu.core.roster.model;

/** As the ministry's pupil records hold it: Nam / Nữ. */
public enum Gender {
    MALE,
    FEMALE
}
