package vn.hoclieu.core.gradebook;

/** Circular 27 (primary): a quality or competence — Tốt, Đạt, Cần cố gắng. */
public enum CompetenceRating {
    TOT, DAT, CAN_CO_GANG
}
