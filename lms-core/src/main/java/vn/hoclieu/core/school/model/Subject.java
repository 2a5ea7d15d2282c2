package vn.hoclieu.core.school.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A subject of the GDPT 2018 programme; reference data seeded by migration V2. */
@Entity
@Table(name = "core_subject")
public class Subject {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 40)
    private String code;

    @Column(name = "name_vi", nullable = false, length = 120)
    private String nameVi;

    @Column(name = "name_en", nullable = false, length = 120)
    private String nameEn;

    protected Subject() {
    }

    public Long id() { return id; }
    public String code() { return code; }
    public String nameVi() { return nameVi; }
    public String nameEn() { return nameEn; }

    /** The name in the reader's language; Vietnamese unless English was asked for. */
    public String name(String languageTag) {
        return "en".equals(languageTag) ? nameEn : nameVi;
    }
}
