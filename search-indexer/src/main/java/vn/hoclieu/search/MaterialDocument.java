package vn.hoclieu.search;

import java.util.List;

/**
 * What the search index knows about a material (the indexed {@code _source}).
 *
 * @param id          the material's id (also the document id)
 * @param keywords    free keywords given by the author; never null
 * @param subject     subject code, e.g. {@code toan}; may be null
 * @param grade       school grade 1–12; null when not tied to a grade
 * @param language    ISO 639-1 code of the content, e.g. {@code vi}; may be null
 */
public record MaterialDocument(String id, String title, String description, List<String> keywords,
                               String subject, Integer grade, String language) {

    public MaterialDocument {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a material document needs an id");
        }
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
    }
}
