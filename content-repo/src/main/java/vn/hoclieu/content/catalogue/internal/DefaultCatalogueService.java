package vn.hoclieu.content.catalogue.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.hoclieu.content.catalogue.CatalogueEntry;
import vn.hoclieu.content.catalogue.CatalogueQuery;
import vn.hoclieu.content.catalogue.CataloguePage;
import vn.hoclieu.content.catalogue.CatalogueService;
import vn.hoclieu.content.catalogue.Rating;
import vn.hoclieu.content.catalogue.RatingInput;
import vn.hoclieu.content.catalogue.model.MaterialRating;
import vn.hoclieu.content.material.DescriptionSnapshot;
import vn.hoclieu.content.material.MaterialDraft;
import vn.hoclieu.content.material.MaterialNotFoundException;
import vn.hoclieu.content.material.NotPermittedException;
import vn.hoclieu.content.material.Viewer;
import vn.hoclieu.content.material.model.Material;
import vn.hoclieu.content.material.model.MaterialVersion;
import vn.hoclieu.content.search.SearchOutbox;

import java.util.List;
import java.util.function.Predicate;

/**
 * The catalogue reads the published version's description (the snapshot reviewers approved), not
 * the material's working description, which the author may be editing for the next version.
 * Filtering happens here after loading the published materials: fine for a district's thousands;
 * full-text and faceted search belong to the search index.
 */
@ApplicationScoped
@Transactional
public class DefaultCatalogueService implements CatalogueService {

    @Inject
    CatalogueRepository catalogue;

    @Inject
    SearchOutbox searchOutbox;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public CataloguePage published(CatalogueQuery q) {
        List<Object[]> rows = catalogue.publishedNewestFirst();
        List<Object[]> matching = rows.stream().filter(row -> matches(q).test(description((MaterialVersion) row[1]))).toList();
        int size = Math.clamp(q.size(), 1, 100);
        int from = Math.min(Math.max(q.page(), 0) * size, matching.size());
        List<CatalogueEntry> entries = matching.subList(from, Math.min(from + size, matching.size())).stream()
                .map(row -> entry((Material) row[0], (MaterialVersion) row[1])).toList();
        return new CataloguePage(entries, matching.size(), Math.max(q.page(), 0), size);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public CatalogueEntry entry(long materialId) {
        Material m = publicMaterial(materialId);
        return entry(m, catalogue.version(m.publishedVersionId()));
    }

    @Override
    public void recordUse(long materialId, Viewer viewer) {
        if (catalogue.recordUse(materialId, viewer.id())) {
            searchOutbox.changed(materialId, SearchOutbox.Reason.USED);
        }
    }

    @Override
    public Rating rate(long materialId, Viewer teacher, RatingInput input) {
        Material m = publicMaterial(materialId);
        if (m.authorId() == teacher.id()) {
            throw new NotPermittedException("own_material");
        }
        MaterialRating rating = catalogue.ratingBy(materialId, teacher.id()).orElseGet(() -> new MaterialRating(materialId, teacher.id()));
        rating.rate(input.score(), input.comment() == null || input.comment().isBlank() ? null : input.comment().strip());
        if (rating.id() == null) {
            catalogue.add(rating);
        }
        searchOutbox.changed(materialId, SearchOutbox.Reason.RATED);
        return rating(rating);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Rating> ratings(long materialId, Viewer viewer) {
        publicMaterial(materialId);
        return catalogue.ratingsOf(materialId).stream().filter(r -> !r.hidden() || viewer.isAdmin())
                .map(DefaultCatalogueService::rating).toList();
    }

    @Override
    public Rating hide(long ratingId, boolean hidden, Viewer admin) {
        MaterialRating rating = catalogue.rating(ratingId).orElseThrow(() -> new MaterialNotFoundException(ratingId));
        rating.hide(hidden, admin.id());
        searchOutbox.changed(rating.materialId(), SearchOutbox.Reason.RATED);
        return rating(rating);
    }

    private Material publicMaterial(long materialId) {
        return catalogue.material(materialId).filter(Material::isPublished)
                .orElseThrow(() -> new MaterialNotFoundException(materialId));
    }

    private CatalogueEntry entry(Material m, MaterialVersion v) {
        MaterialDraft d = description(v);
        Object[] badge = catalogue.approvalsAndAverage(v.id(), v.reviewRound());
        Object[] ratings = catalogue.ratingAverageAndCount(m.id());
        Object[] picture = catalogue.picture(v.id());
        return new CatalogueEntry(m.id(), d.title(), d.description(), d.subjectCode(), d.grades(), d.type(), d.language(),
                d.licence(), d.keywords() == null ? java.util.Set.of() : d.keywords(), m.authorId(), m.schoolId(), v.number(),
                v.publishedAt(), ((Number) badge[0]).longValue(), CatalogueRepository.decimal(badge[1]),
                CatalogueRepository.decimal(ratings[0]), ((Number) ratings[1]).longValue(),
                picture == null ? null : ((Number) picture[0]).longValue(), picture == null ? null : (String) picture[1],
                null, null);
    }

    private static MaterialDraft description(MaterialVersion v) {
        return DescriptionSnapshot.fromJson(v.metadataJson());
    }

    private static Predicate<MaterialDraft> matches(CatalogueQuery q) {
        return d -> (q.subjectCode() == null || q.subjectCode().isBlank() || q.subjectCode().equals(d.subjectCode()))
                && (q.grade() == null || d.grades().contains(q.grade()))
                && (q.type() == null || q.type() == d.type())
                && (q.language() == null || q.language().isBlank() || q.language().equals(d.language()));
    }

    private static Rating rating(MaterialRating r) {
        return new Rating(r.id(), r.materialId(), r.raterId(), r.score(), r.comment(), r.hidden(), r.createdAt());
    }
}
