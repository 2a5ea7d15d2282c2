package vn.hoclieu.core.classroom.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** What a teacher posted on a class's page. */
@Entity
@Table(name = "core_announcement")
public class Announcement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "class_id", nullable = false)
    private long classId;

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false)
    private String body;

    @Column(name = "comments_open", nullable = false)
    private boolean commentsOpen;

    @Column(name = "posted_at", nullable = false)
    private Instant postedAt;

    protected Announcement() {
    }

    public Announcement(long classId, long authorId, String title, String body, boolean commentsOpen) {
        this.classId = classId;
        this.authorId = authorId;
        this.title = title;
        this.body = body;
        this.commentsOpen = commentsOpen;
        this.postedAt = Instant.now();
    }

    public Long id() { return id; }
    public long classId() { return classId; }
    public long authorId() { return authorId; }
    public String title() { return title; }
    public String body() { return body; }
    public boolean commentsOpen() { return commentsOpen; }
    public Instant postedAt() { return postedAt; }
}
