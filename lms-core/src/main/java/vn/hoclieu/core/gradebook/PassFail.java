package vn.hoclieu.core.gradebook;

/** Circular 22 (secondary): a commented subject's assessment — Đạt or Chưa đạt. */
public enum PassFail {
    DAT, CHUA_DAT
}
