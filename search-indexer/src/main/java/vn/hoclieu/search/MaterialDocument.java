package vn.hoclieu.search;

import java.util.List;

/**
 * What the search index knows about a public material (the indexed {@code _source}).
 *
 * @param id            the material's id (also the document id)
 * @param versionId     the published version this document describes (the check command compares it)
 * @param keywords      free keywords given by the author; never null
 * @param body          text extracted from the version's documents (capped, see {@code MaterialDocuments})
 * @param captions      text of the version's caption files
 * @param tags          words people search with that are not in the text: subject name, "lớp 3"
 * @param subject       subject code, e.g. {@code TOAN}; may be null
 * @param grades        school grades 1–12; never null
 * @param type          material type, e.g. {@code E_LECTURE}
 * @param language      ISO 639 code of the content, e.g. {@code vi}
 * @param authorId      lms-core account id, as text (a keyword)
 * @param schoolId      lms-core school id, as text; null for district materials
 * @param publishedAt   ISO-8601 instant of the publication of this version
 * @param ratingAverage teachers' average rating; null when unrated
 * @param usageCount    how much teachers use it; for now the number of teachers who rated it
 *                      (a teacher rates what they used) until usage is counted
 * @param suggest       inputs of the completion suggester (title, keywords)
 */
public record MaterialDocument(String id, Long versionId, String title, String description, List<String> keywords,
                               String body, String captions, String tags, String subject, List<Integer> grades,
                               String type, String licence, String language, String authorId, String schoolId,
                               String publishedAt, Double ratingAverage, long ratingCount, long usageCount,
                               List<String> suggest) {

    public MaterialDocument {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a material document needs an id");
        }
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        grades = grades == null ? List.of() : List.copyOf(grades);
        suggest = suggest == null ? List.of() : List.copyOf(suggest);
    }

    /** A document with only the searchable basics (tests, fixtures). */
    public static MaterialDocument basic(String id, String title, String description, List<String> keywords,
                                         String subject, Integer grade, String language) {
        return new MaterialDocument(id, null, title, description, keywords, null, null, null, subject,
                grade == null ? List.of() : List.of(grade), null, null, language, null, null, null, null, 0, 0,
                title == null ? List.of() : List.of(title));
    }
}
