package vn.hoclieu.core.course.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A module of a course, in its order; holds units. */
@Entity
@Table(name = "core_course_module")
public class CourseModule {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "course_id", nullable = false)
    private long courseId;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 200)
    private String title;

    protected CourseModule() {
    }

    public CourseModule(long courseId, int position, String title) {
        this.courseId = courseId;
        this.position = position;
        this.title = title;
    }

    public void rename(String title) {
        this.title = title;
    }

    /** A new place in the course; the caller keeps positions unique (the table enforces it). */
    public void placeAt(int position) {
        this.position = position;
    }

    public Long id() { return id; }
    public long courseId() { return courseId; }
    public int position() { return position; }
    public String title() { return title; }
}
