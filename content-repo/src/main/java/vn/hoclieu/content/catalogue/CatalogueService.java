package vn.hoclieu.content.catalogue;

import jakarta.validation.Valid;
import vn.hoclieu.content.material.Viewer;

import java.util.List;

/** The district catalogue of published materials, and teachers' ratings of them. The transaction boundary. */
public interface CatalogueService {

    /** Published, not retired materials, newest publication first. */
    CataloguePage published(CatalogueQuery query);

    /** One published material's entry; MaterialNotFoundException when it is not public. */
    CatalogueEntry entry(long materialId);

    /**
     * Someone opened a published material or downloaded its file: counted once per person, never
     * for its author, nothing for a material that is not public (usage: search's "most used").
     */
    void recordUse(long materialId, Viewer viewer);

    /** Rates (or re-rates) a published material; its author may not rate it. */
    Rating rate(long materialId, Viewer teacher, @Valid RatingInput rating);

    /** Ratings the viewer may read: hidden ones only for admins. */
    List<Rating> ratings(long materialId, Viewer viewer);

    /** An admin hides or shows a rating's comment (the record stays). */
    Rating hide(long ratingId, boolean hidden, Viewer admin);
}
