package vn.hoclieu.search.outbox;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import vn.hoclieu.content.search.SearchableMaterial;
import vn.hoclieu.search.MaterialDocument;

/** Turns a material's searchable state into its index document. */
public final class MaterialDocuments {

    /** Longer extracted texts are cut (whole words): enough to find a book by what it says, bounded memory per hit. */
    public static final int MAX_TEXT_CHARS = 200_000;

    private MaterialDocuments() {
    }

    /** @param subjectName the subject's name for a code (Vietnamese), or the code itself when unknown */
    public static MaterialDocument of(SearchableMaterial m, Function<String, String> subjectName) {
        List<String> tags = new ArrayList<>();
        if (m.subjectCode() != null) {
            tags.add(subjectName.apply(m.subjectCode()));
        }
        m.grades().forEach(g -> tags.add("lớp " + g));
        Set<String> suggest = new LinkedHashSet<>();
        if (m.title() != null) {
            suggest.add(m.title());
        }
        suggest.addAll(m.keywords());
        return new MaterialDocument(Long.toString(m.id()), m.versionId(), m.title(), m.description(), m.keywords(),
                cap(m.documentText()), cap(m.captionText()), String.join(" · ", tags), m.subjectCode(), m.grades(), m.type(),
                m.licence(), m.language(), Long.toString(m.authorId()), m.schoolId() == null ? null : m.schoolId().toString(),
                m.publishedAt() == null ? null : m.publishedAt().toString(), m.ratingAverage(), m.ratingCount(),
                m.ratingCount(), List.copyOf(suggest).stream().map(s -> s.length() > 100 ? s.substring(0, 100) : s).toList());
    }

    static String cap(String text) {
        if (text == null || text.length() <= MAX_TEXT_CHARS) {
            return text;
        }
        int cut = text.lastIndexOf(' ', MAX_TEXT_CHARS);
        return text.substring(0, cut > MAX_TEXT_CHARS / 2 ? cut : MAX_TEXT_CHARS);
    }
}
