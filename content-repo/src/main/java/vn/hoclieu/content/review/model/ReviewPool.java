package vn.hoclieu.content.review.model;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import vn.hoclieu.content.review.GradeLevel;

import java.util.Set;
import java.util.TreeSet;

/** Reviewers who cover a subject (or all) at a level (or all). Reviewers are lms-core account ids. */
@Entity
@Table(name = "content_review_pool")
public class ReviewPool {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "subject_code", length = 40)
    private String subjectCode;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private GradeLevel level;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "content_review_pool_member", joinColumns = @JoinColumn(name = "pool_id"))
    @Column(name = "reviewer_id")
    private Set<Long> reviewerIds = new TreeSet<>();

    protected ReviewPool() {
    }

    public ReviewPool(String name, String subjectCode, GradeLevel level, Set<Long> reviewerIds) {
        configure(name, subjectCode, level, reviewerIds);
    }

    public final void configure(String name, String subjectCode, GradeLevel level, Set<Long> reviewerIds) {
        this.name = name.strip();
        this.subjectCode = subjectCode == null || subjectCode.isBlank() ? null : subjectCode;
        this.level = level;
        this.reviewerIds = new TreeSet<>(reviewerIds);
    }

    /** How well the pool fits a material: -1 not at all; more for a named subject or level. */
    public int fit(String materialSubject, Set<Integer> grades) {
        boolean subjectFits = subjectCode == null || subjectCode.equals(materialSubject);
        boolean levelFits = level == null || grades.stream().anyMatch(level::covers);
        if (!subjectFits || !levelFits) {
            return -1;
        }
        return (subjectCode != null ? 2 : 0) + (level != null ? 1 : 0);
    }

    public Long id() { return id; }
    public String name() { return name; }
    public String subjectCode() { return subjectCode; }
    public GradeLevel level() { return level; }
    public Set<Long> reviewerIds() { return Set.copyOf(reviewerIds); }
}
