package vn.hoclieu.core.school.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "core_school")
public class School {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 32)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(length = 120)
    private String commune;

    @Column(length = 120)
    private String province;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private SchoolLevel level;

    protected School() {
    }

    public School(String code, String name, String commune, String province, SchoolLevel level) {
        this.code = code;
        this.name = name;
        this.commune = commune;
        this.province = province;
        this.level = level;
    }

    public Long id() { return id; }
    public String code() { return code; }
    public String name() { return name; }
    public String commune() { return commune; }
    public String province() { return province; }
    public SchoolLevel level() { return level; }
}
