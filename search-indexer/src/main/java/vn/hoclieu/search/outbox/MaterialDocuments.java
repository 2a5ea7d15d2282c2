package vn.hoclieu.search.outbox;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import vn.hoclieu.content.search.SearchableMaterial;
import vn.hoclieu.search.MaterialDocument;

/** Turns a version's searchable state into its index document. */
public final class MaterialDocuments {

    /** Longer extracted texts are cut (whole words): enough to find a book by what it says, bounded memory per hit. */
    public static final int MAX_TEXT_CHARS = 200_000;

    private MaterialDocuments() {
    }

    /** The document of a version: public when it is the published version, restricted when work in progress. */
    public static MaterialDocument of(SearchableMaterial m, CoreNames names) {
        List<String> tags = new ArrayList<>();
        if (m.subjectCode() != null) {
            tags.add(names.subject(m.subjectCode()));
        }
        m.grades().forEach(g -> tags.add("lớp " + g));
        Set<String> suggest = new LinkedHashSet<>();
        if (m.title() != null) {
            suggest.add(m.title());
        }
        suggest.addAll(m.keywords());
        String materialId = Long.toString(m.id());
        boolean published = m.published();
        return new MaterialDocument(published ? materialId : MaterialDocument.workInProgressId(materialId), materialId,
                m.versionId(), published ? MaterialDocument.PUBLIC : MaterialDocument.RESTRICTED, m.status(),
                m.title(), m.description(), m.keywords(), cap(m.documentText()), cap(m.captionText()), String.join(" · ", tags),
                m.subjectCode(), m.grades(), m.type(), m.licence(), m.language(),
                Long.toString(m.authorId()), names.author(m.authorId()),
                m.schoolId() == null ? null : m.schoolId().toString(), names.school(m.schoolId()),
                ids(m.poolIds()), ids(m.reviewerIds()),
                m.publishedAt() == null ? null : m.publishedAt().toString(), m.ratingAverage(), m.ratingCount(),
                m.usageCount(), suggest.stream().map(s -> s.length() > 100 ? s.substring(0, 100) : s).toList());
    }

    private static List<String> ids(List<Long> ids) {
        return ids.stream().map(String::valueOf).toList();
    }

    static String cap(String text) {
        if (text == null || text.length() <= MAX_TEXT_CHARS) {
            return text;
        }
        int cut = text.lastIndexOf(' ', MAX_TEXT_CHARS);
        return text.substring(0, cut > MAX_TEXT_CHARS / 2 ? cut : MAX_TEXT_CHARS);
    }
}
