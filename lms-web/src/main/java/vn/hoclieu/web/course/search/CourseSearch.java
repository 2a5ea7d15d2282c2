package vn.hoclieu.web.course.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.hoclieu.content.material.MaterialType;
import vn.hoclieu.core.course.CourseCard;
import vn.hoclieu.core.course.CoursePage;
import vn.hoclieu.core.course.CourseQuery;
import vn.hoclieu.core.course.CourseService;
import vn.hoclieu.search.Facet;
import vn.hoclieu.search.MaterialHit;
import vn.hoclieu.search.MaterialIndex;
import vn.hoclieu.search.SearchException;
import vn.hoclieu.search.SearchQuery;
import vn.hoclieu.search.SearchResults;
import vn.hoclieu.search.SearchSort;
import vn.hoclieu.search.Searcher;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The catalogue's words go to the search index, like material search: a course is found through
 * its carrier material (type OPEN_COURSE, public documents only), whose text is the course's
 * title, description and syllabus titles, with or without diacritics and in relevance order. The
 * course service then keeps the published courses among the hits and applies level, audience and
 * page. Without words, or when the index cannot answer, the database filters alone (the second
 * case flagged, so the page can say the results are a plain match).
 */
@ApplicationScoped
public class CourseSearch {

    /** Enough hits for any district's open courses; more would be words too common to rank usefully. */
    static final int MAX_HITS = 500;

    private static final Logger LOG = Logger.getLogger(CourseSearch.class.getName());

    @Inject
    CourseService courses;

    @Inject
    MaterialIndex index;

    public CourseSearchResults find(CourseQuery query) {
        if (query.text() == null || query.text().isBlank()) {
            return plain(courses.catalogue(query), false);
        }
        try {
            return ranked(query);
        } catch (SearchException e) {
            LOG.log(Level.WARNING, "course search: the index did not answer, matching in the database", e);
            return plain(courses.catalogue(query), true);
        }
    }

    private CourseSearchResults ranked(CourseQuery query) {
        Map<Facet, String> filters = new EnumMap<>(Facet.class);
        filters.put(Facet.TYPE, MaterialType.OPEN_COURSE.name());
        if (query.subjectCode() != null && !query.subjectCode().isBlank()) {
            filters.put(Facet.SUBJECT, query.subjectCode().strip());
        }
        List<Long> carriers = new ArrayList<>();
        Map<Long, List<String>> snippetsByCarrier = new HashMap<>();
        boolean loosened = false;
        for (int page = 0; carriers.size() < MAX_HITS; page++) {
            SearchResults found = index.search(new SearchQuery(query.text(), filters, SearchSort.RELEVANCE, page, SearchQuery.MAX_SIZE), Searcher.PUBLIC);
            loosened |= found.loosened();
            for (MaterialHit hit : found.hits()) {
                long carrier = Long.parseLong(hit.id());
                carriers.add(carrier);
                snippetsByCarrier.put(carrier, hit.snippets());
            }
            if (found.hits().size() < SearchQuery.MAX_SIZE || (long) (page + 1) * SearchQuery.MAX_SIZE >= found.total()) {
                break;
            }
        }
        CoursePage page = courses.catalogueAmong(carriers, query);
        Map<Long, List<String>> snippets = new HashMap<>();
        for (CourseCard card : page.entries()) {
            snippets.put(card.id(), snippetsByCarrier.getOrDefault(card.carrierMaterialId(), List.of()));
        }
        return new CourseSearchResults(page.entries(), page.total(), page.page(), page.size(), snippets, loosened, false);
    }

    private static CourseSearchResults plain(CoursePage page, boolean searchUnavailable) {
        return new CourseSearchResults(page.entries(), page.total(), page.page(), page.size(), Map.of(), false, searchUnavailable);
    }
}
