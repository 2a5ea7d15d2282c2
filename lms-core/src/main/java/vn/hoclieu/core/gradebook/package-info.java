/**
 * The assessment rules the gradebook speaks (pure functions, no persistence yet):
 * Circular 27/2020/TT-BGDĐT for primary school — ratings by subject, end-of-term tests scored
 * 1–10 in whole numbers for some subjects, qualities and competences — and Circular 22/2021/TT-BGDĐT
 * for secondary school — the weighted term average of scored subjects, the year average, and the
 * term's learning result (Tốt / Khá / Đạt / Chưa đạt).
 */
package vn.hoclieu.core.gradebook;
