package vn.hoclieu.core.classroom.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A pupil's or teacher's comment under an announcement. */
@Entity
@Table(name = "core_announcement_comment")
public class AnnouncementComment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "announcement_id", nullable = false)
    private long announcementId;

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Column(nullable = false, length = 2000)
    private String body;

    @Column(name = "posted_at", nullable = false)
    private Instant postedAt;

    protected AnnouncementComment() {
    }

    public AnnouncementComment(long announcementId, long authorId, String body) {
        this.announcementId = announcementId;
        this.authorId = authorId;
        this.body = body;
        this.postedAt = Instant.now();
    }

    public Long id() { return id; }
    public long announcementId() { return announcementId; }
    public long authorId() { return authorId; }
    public String body() { return body; }
    public Instant postedAt() { return postedAt; }
}
