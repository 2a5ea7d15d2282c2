package vn.hoclieu.core.school.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;

@Entity
@Table(name = "core_school_year")
public class SchoolYear {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "school_id", nullable = false)
    private Long schoolId;

    /** As schools write it: "2026–2027". */
    @Column(nullable = false, length = 20)
    private String name;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(name = "current_year", nullable = false)
    private boolean current;

    protected SchoolYear() {
    }

    public SchoolYear(Long schoolId, String name, LocalDate startsOn, LocalDate endsOn, boolean current) {
        this.schoolId = schoolId;
        this.name = name;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.current = current;
    }

    /** Only through the structure service, which makes every other year of the school not current first. */
    public void markCurrent(boolean current) {
        this.current = current;
    }

    public Long id() { return id; }
    public Long schoolId() { return schoolId; }
    public String name() { return name; }
    public LocalDate startsOn() { return startsOn; }
    public LocalDate endsOn() { return endsOn; }
    public boolean current() { return current; }
}
