package vn.hoclieu.content.catalogue;

import vn.hoclieu.content.material.Licence;
import vn.hoclieu.content.material.MaterialType;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;

/**
 * A published material as the catalogue shows it: the published version's description, its
 * reviewed badge (approvals and average score of the round that published it), teachers' ratings,
 * and a picture (a file's THUMBNAIL or POSTER rendition) when one exists. Author and school are
 * lms-core ids; the web tier adds their names ({@link #named}).
 */
public record CatalogueEntry(long materialId, String title, String description, String subjectCode, Set<Integer> grades,
                             MaterialType type, String language, Licence licence, Set<String> keywords, long authorId,
                             Long schoolId, int version, Instant publishedAt, long approvals, BigDecimal reviewAverage,
                             BigDecimal ratingAverage, long ratingCount, Long pictureFileId, String pictureRole,
                             String authorName, String schoolName) {

    public CatalogueEntry named(String author, String school) {
        return new CatalogueEntry(materialId, title, description, subjectCode, grades, type, language, licence, keywords,
                authorId, schoolId, version, publishedAt, approvals, reviewAverage, ratingAverage, ratingCount,
                pictureFileId, pictureRole, author, school);
    }
}
