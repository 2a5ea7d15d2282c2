package vn.hoclieu.web.search.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.hoclieu.search.Facet;
import vn.hoclieu.search.MaterialHit;
import vn.hoclieu.search.MaterialIndex;
import vn.hoclieu.search.SearchException;
import vn.hoclieu.search.SearchQuery;
import vn.hoclieu.search.SearchSort;
import vn.hoclieu.web.api.ApiError;
import vn.hoclieu.web.search.SearcherOfRequest;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * District search. Open to everyone, signed in or not: the public and pupils find published
 * materials only; teachers, reviewers and admins also find the work in progress they may see
 * (their drafts, versions in their pools' review; {@link SearcherOfRequest}). Suggestions come from
 * published materials only. Facet filters combine; facet counts leave out their own filter.
 * Elasticsearch down: 503, the rest of the API works.
 */
@Path("/search")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    @Inject
    MaterialIndex index;

    @Inject
    SearcherOfRequest searcher;

    @GET
    public Response search(@QueryParam("q") String q, @QueryParam("subject") String subject, @QueryParam("grade") String grade,
                           @QueryParam("type") String type, @QueryParam("licence") String licence,
                           @QueryParam("language") String language, @QueryParam("school") String school,
                           @QueryParam("sort") @DefaultValue("relevance") String sort,
                           @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size) {
        Map<Facet, String> filters = new EnumMap<>(Facet.class);
        put(filters, Facet.SUBJECT, subject);
        put(filters, Facet.GRADE, grade);
        put(filters, Facet.TYPE, type);
        put(filters, Facet.LICENCE, licence);
        put(filters, Facet.LANGUAGE, language);
        put(filters, Facet.SCHOOL, school);
        SearchSort order;
        SearchQuery query;
        try {
            order = SearchSort.valueOf(sort.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
            if (grade != null && !grade.isBlank()) {
                Integer.parseInt(grade.strip());
            }
            query = new SearchQuery(q, filters, order, page, size);
        } catch (IllegalArgumentException e) {
            return ApiError.response(Response.Status.BAD_REQUEST, "invalid_search", e.getMessage());
        }
        try {
            return Response.ok(index.search(query, searcher.searcher())).build();
        } catch (SearchException e) {
            return unavailable();
        }
    }

    @GET
    @Path("/suggestions")
    public Response suggestions(@QueryParam("q") String q) {
        try {
            List<String> suggestions = index.suggest(q, 8);
            return Response.ok(suggestions).build();
        } catch (SearchException e) {
            return unavailable();
        }
    }

    /**
     * Up to {@code size} (1–20, default 5) public materials like this one, never itself. Here rather
     * than under {@code /materials/{id}} because it answers from the index, open to everyone like
     * the search, and says nothing about a material the index does not hold: an empty list, no 404.
     */
    @GET
    @Path("/similar/{id}")
    public Response similar(@PathParam("id") long id, @QueryParam("size") @DefaultValue("5") int size) {
        try {
            List<MaterialHit> similar = index.similar(Long.toString(id), Math.clamp(size, 1, 20));
            return Response.ok(similar).build();
        } catch (SearchException e) {
            return unavailable();
        }
    }

    private static void put(Map<Facet, String> filters, Facet facet, String value) {
        if (value != null && !value.isBlank()) {
            filters.put(facet, value.strip());
        }
    }

    private static Response unavailable() {
        return ApiError.response(Response.Status.SERVICE_UNAVAILABLE, "search_unavailable", "search is unavailable, try again shortly");
    }
}
