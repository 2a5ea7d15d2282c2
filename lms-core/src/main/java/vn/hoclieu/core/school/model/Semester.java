package vn.hoclieu.core.school.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** Học kỳ I or II of a school year; {@link vn.hoclieu.core.school.SchoolCalendar} checks the dates. */
@Entity
@Table(name = "core_semester")
public class Semester {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "school_year_id", nullable = false)
    private Long schoolYearId;

    @Column(nullable = false)
    private int number;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    protected Semester() {
    }

    public Semester(Long schoolYearId, int number, LocalDate startsOn, LocalDate endsOn) {
        this.schoolYearId = schoolYearId;
        this.number = number;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }

    public Long id() { return id; }
    public Long schoolYearId() { return schoolYearId; }
    public int number() { return number; }
    public LocalDate startsOn() { return startsOn; }
    public LocalDate endsOn() { return endsOn; }
}
