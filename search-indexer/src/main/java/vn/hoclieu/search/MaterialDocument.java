package vn.hoclieu.search;

import java.util.List;

/**
 * What the search index knows about one version of a material (the indexed {@code _source}): its
 * public version, which everyone may find, or its work in progress, which only the people who may
 * see every version find (see {@link Searcher}).
 *
 * @param id            the document id: the material's id for the public version, {@link #workInProgressId} otherwise
 * @param materialId    the material's id
 * @param versionId     the version this document describes (the check command compares it)
 * @param visibility    {@link #PUBLIC} or {@link #RESTRICTED}
 * @param status        the version's review state, e.g. {@code PUBLISHED}, {@code DRAFT}, {@code IN_REVIEW}
 * @param keywords      free keywords given by the author; never null
 * @param body          text extracted from the version's documents (capped, see {@code MaterialDocuments})
 * @param captions      text of the version's caption files
 * @param tags          words people search with that are not in the text: subject name, "lớp 3"
 * @param subject       subject code, e.g. {@code TOAN}; may be null
 * @param grades        school grades 1–12; never null
 * @param type          material type, e.g. {@code E_LECTURE}
 * @param language      ISO 639 code of the content, e.g. {@code vi}
 * @param authorId      lms-core account id, as text (a keyword)
 * @param authorName    the author's display name (searchable: teachers look for a colleague's work)
 * @param schoolId      lms-core school id, as text; null for district materials
 * @param schoolName    the school's name (searchable)
 * @param poolIds       review pools whose members may find the work in progress (empty when public)
 * @param reviewerIds   reviewers who held one of its tasks (empty when public)
 * @param publishedAt   ISO-8601 instant of the publication of this version; null for work in progress
 * @param ratingAverage teachers' average rating; null when unrated
 * @param usageCount    how many people (not its author) opened it or downloaded its files
 * @param suggest       inputs of the completion suggester (title, keywords); only public documents'
 *                      are ever suggested
 */
public record MaterialDocument(String id, String materialId, Long versionId, String visibility, String status,
                               String title, String description, List<String> keywords,
                               String body, String captions, String tags, String subject, List<Integer> grades,
                               String type, String licence, String language, String authorId, String authorName,
                               String schoolId, String schoolName, List<String> poolIds, List<String> reviewerIds,
                               String publishedAt, Double ratingAverage, long ratingCount, long usageCount,
                               List<String> suggest) {

    public static final String PUBLIC = "PUBLIC";
    public static final String RESTRICTED = "RESTRICTED";

    public MaterialDocument {
        if (id == null || id.isBlank() || materialId == null || materialId.isBlank()) {
            throw new IllegalArgumentException("a material document needs an id and a material id");
        }
        if (!PUBLIC.equals(visibility) && !RESTRICTED.equals(visibility)) {
            throw new IllegalArgumentException("visibility must be PUBLIC or RESTRICTED, was " + visibility);
        }
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        grades = grades == null ? List.of() : List.copyOf(grades);
        poolIds = poolIds == null ? List.of() : List.copyOf(poolIds);
        reviewerIds = reviewerIds == null ? List.of() : List.copyOf(reviewerIds);
        suggest = suggest == null ? List.of() : List.copyOf(suggest);
    }

    /** The document id of a material's work in progress (its public version's id is the material id). */
    public static String workInProgressId(String materialId) {
        return materialId + "-wip";
    }

    /** A public document with only the searchable basics (tests, fixtures). */
    public static MaterialDocument basic(String id, String title, String description, List<String> keywords,
                                         String subject, Integer grade, String language) {
        return new MaterialDocument(id, id, null, PUBLIC, "PUBLISHED", title, description, keywords, null, null, null, subject,
                grade == null ? List.of() : List.of(grade), null, null, language, null, null, null, null, List.of(), List.of(),
                null, null, 0, 0, title == null ? List.of() : List.of(title));
    }
}
