package vn.hoclieu.core.gradebook;

/**
 * Circular 27 (primary), Article 6: the qualities and competences rated each term — five qualities,
 * three general competences, seven specific ones.
 */
public enum CompetenceAspect {
    YEU_NUOC, NHAN_AI, CHAM_CHI, TRUNG_THUC, TRACH_NHIEM,
    TU_CHU_TU_HOC, GIAO_TIEP_HOP_TAC, GIAI_QUYET_VAN_DE,
    NGON_NGU, TINH_TOAN, KHOA_HOC, THAM_MI, THE_CHAT, CONG_NGHE, TIN_HOC;

    public boolean quality() {
        return ordinal() <= TRACH_NHIEM.ordinal();
    }

    public boolean generalCompetence() {
        return !quality() && ordinal() <= GIAI_QUYET_VAN_DE.ordinal();
    }
}
