package vn.hoclieu.core.school.model;

/** Which grades a school teaches: primary 1–5, lower secondary 6–9, or both (TH&THCS). */
public enum SchoolLevel {
    PRIMARY,
    LOWER_SECONDARY,
    INTER_LEVEL
}
