package vn.hoclieu.core.gradebook;

/** Circular 27 (primary): a subject at mid and end of term — Hoàn thành tốt, Hoàn thành, Chưa hoàn thành. */
public enum SubjectRating {
    T, H, C
}
