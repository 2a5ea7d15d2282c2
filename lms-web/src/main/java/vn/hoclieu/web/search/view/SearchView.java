package vn.hoclieu.web.search.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.hoclieu.search.Facet;
import vn.hoclieu.search.FacetCount;
import vn.hoclieu.search.MaterialHit;
import vn.hoclieu.search.MaterialIndex;
import vn.hoclieu.search.SearchException;
import vn.hoclieu.search.SearchQuery;
import vn.hoclieu.search.SearchResults;
import vn.hoclieu.search.SearchSort;
import vn.hoclieu.web.account.DisplayNames;
import vn.hoclieu.web.i18n.LocaleSelection;
import vn.hoclieu.web.search.SearcherOfRequest;
import vn.hoclieu.web.i18n.Messages;
import vn.hoclieu.web.material.view.MaterialTexts;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.StringJoiner;
import java.util.stream.IntStream;

/**
 * District search for every signed-in person, over {@link MaterialIndex}. Words, filters, order and
 * page are GET parameters (a link can be shared); facet values are links that add or remove their
 * filter. Elasticsearch down: a sentence on the page, not an error page.
 */
@Named
@RequestScoped
public class SearchView {

    static final int PAGE_SIZE = 10;
    static final String PAGE = "/app/search.xhtml";

    @Inject
    MaterialIndex index;

    @Inject
    MaterialTexts texts;

    @Inject
    SearcherOfRequest searcher;

    @Inject
    LocaleSelection localeSelection;

    @Inject
    DisplayNames names;

    private String q;
    private String subject;
    private String grade;
    private String type;
    private String sort;
    private int page = 1;
    private String licence;
    private String language;
    private String school;

    private SearchResults results;
    private boolean unavailable;

    /** A facet value with its count and the link that toggles it. */
    public record FacetLink(String value, String label, long count, boolean selected, String href) { }

    /** A facet's heading and values. */
    public record FacetGroup(String name, String title, List<FacetLink> values) { }

    /** A page number and its link. */
    public record PageLink(int number, boolean current, String href) { }

    public void open() {
        if (results != null || unavailable) {
            return;
        }
        q = strip(q);
        subject = strip(subject);
        type = strip(type);
        grade = strip(grade);
        if (grade != null && !grade.matches("\\d{1,2}")) {
            grade = null;
        }
        SearchSort order = order(sort);
        sort = order == SearchSort.RELEVANCE ? null : order.name().toLowerCase(Locale.ROOT);
        int maxPage = 10_000 / PAGE_SIZE;
        page = Math.min(Math.max(page, 1), maxPage);
        Map<Facet, String> filters = new EnumMap<>(Facet.class);
        if (subject != null) filters.put(Facet.SUBJECT, subject);
        if (grade != null) filters.put(Facet.GRADE, grade);
        if (type != null) filters.put(Facet.TYPE, type);
        putLaterFacets(filters);
        try {
            results = index.search(new SearchQuery(q, filters, order, page - 1, PAGE_SIZE), searcher.searcher());
        } catch (SearchException e) {
            unavailable = true;
        }
    }

    /** Licence, language and school: the facets added after the first three, cleaned like them. */
    private void putLaterFacets(Map<Facet, String> filters) {
        licence = strip(licence);
        language = strip(language);
        school = strip(school);
        if (licence != null) filters.put(Facet.LICENCE, licence);
        if (language != null) filters.put(Facet.LANGUAGE, language);
        if (school != null) filters.put(Facet.SCHOOL, school);
    }

    private static SearchSort order(String value) {
        if (value == null || value.isBlank()) {
            return SearchSort.RELEVANCE;
        }
        try {
            return SearchSort.valueOf(value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            return SearchSort.RELEVANCE;
        }
    }

    private SearchResults results() {
        open();
        return results;
    }

    public boolean isUnavailable() {
        open();
        return unavailable;
    }

    public boolean isFiltered() {
        return subject != null || grade != null || type != null || licence != null || language != null || school != null;
    }

    public List<MaterialHit> getHits() {
        return isUnavailable() ? List.of() : results().hits();
    }

    public long getTotal() {
        return isUnavailable() ? 0 : results().total();
    }

    /** Nothing matched the words as typed; the hits are for the looser query (mistyped words). */
    public boolean isLoosened() {
        return !isUnavailable() && results().loosened();
    }

    public boolean isNoResults() {
        return !isUnavailable() && results().total() == 0;
    }

    public int getPages() {
        long pages = (getTotal() + PAGE_SIZE - 1) / PAGE_SIZE;
        return (int) Math.max(1, Math.min(pages, 10_000 / PAGE_SIZE));
    }

    public List<PageLink> getPageLinks() {
        int from = Math.max(1, page - 2);
        int to = Math.min(getPages(), page + 2);
        return IntStream.rangeClosed(from, to)
                .mapToObj(n -> new PageLink(n, n == page, href(q, subject, grade, type, sort, n))).toList();
    }

    public List<FacetGroup> getFacets() {
        if (isUnavailable()) {
            return List.of();
        }
        List<FacetGroup> groups = new ArrayList<>();
        groups.add(group(Facet.SUBJECT, "subject", text("material.field.subject"), subject));
        groups.add(group(Facet.GRADE, "grade", text("catalogue.filter.grade"), grade));
        groups.add(group(Facet.TYPE, "type", text("materials.filter.type"), type));
        groups.add(group(Facet.LICENCE, "licence", text("material.field.licence"), licence));
        groups.add(group(Facet.LANGUAGE, "language", text("material.field.language"), language));
        groups.add(group(Facet.SCHOOL, "school", text("material.field.school"), school));
        return groups.stream().filter(g -> !g.values().isEmpty()).toList();
    }

    private FacetGroup group(Facet facet, String name, String title, String selected) {
        List<FacetLink> links = new ArrayList<>();
        for (FacetCount c : results().facets().getOrDefault(facet, List.of())) {
            boolean on = c.value().equals(selected);
            String value = on ? null : c.value();
            String href = switch (facet) {
                case SUBJECT -> href(q, value, grade, type, sort, 1);
                case GRADE -> href(q, subject, value, type, sort, 1);
                case LICENCE -> href(q, subject, grade, type, value, language, school, sort, 1);
                case LANGUAGE -> href(q, subject, grade, type, licence, value, school, sort, 1);
                case SCHOOL -> href(q, subject, grade, type, licence, language, value, sort, 1);
                default -> href(q, subject, grade, value, sort, 1);
            };
            links.add(new FacetLink(c.value(), label(facet, c.value()), c.count(), on, href));
        }
        return new FacetGroup(name, title, links);
    }

    private String label(Facet facet, String value) {
        return switch (facet) {
            case SUBJECT -> texts.subject(value);
            case GRADE -> text("material.grade.one", value);
            case TYPE -> typeName(value);
            case LICENCE -> licenceName(value);
            case LANGUAGE -> texts.language(value);
            case SCHOOL -> schoolName(value);
            default -> value;
        };
    }

    public String typeName(String value) {
        if (value == null) {
            return "";
        }
        String key = "material.type." + value;
        return ResourceBundle.getBundle(Messages.BUNDLE, Messages.supported(localeSelection.getLocale())).containsKey(key) ? text(key) : value;
    }

    /** A licence as the material pages name it; an unknown code as itself. */
    public String licenceName(String value) {
        String key = "material.licence." + value;
        return ResourceBundle.getBundle(Messages.BUNDLE, Messages.supported(localeSelection.getLocale())).containsKey(key) ? text(key) : value;
    }

    /**
     * A school's name (lms-core's {@code SchoolService.names} through {@link DisplayNames}, which
     * fetches every school of the facet in one query); an id it does not know as itself.
     */
    private String schoolName(String value) {
        if (!value.matches("\\d{1,18}")) {
            return value;
        }
        names.expect(List.of(), schoolIds());
        String name = names.school(Long.parseLong(value));
        return name == null ? value : name;
    }

    private List<Long> schoolIds() {
        return results().facets().getOrDefault(Facet.SCHOOL, List.of()).stream()
                .map(FacetCount::value).filter(v -> v.matches("\\d{1,18}")).map(Long::parseLong).toList();
    }

    public String subjectName(String code) {
        return code == null ? "" : texts.subject(code);
    }

    public String gradesText(List<Integer> grades) {
        return grades == null || grades.isEmpty() ? "" : texts.grades(grades);
    }

    /** Link that removes every filter but keeps the words. */
    public String getClearFiltersHref() {
        return href(q, null, null, null, null, null, null, sort, 1);
    }

    /** The sort choices in the order offered; the value is what goes into the link. */
    public List<SortChoice> getSortChoices() {
        List<SortChoice> choices = new ArrayList<>();
        for (SearchSort s : SearchSort.values()) {
            String value = s.name().toLowerCase(Locale.ROOT);
            choices.add(new SortChoice(value, text("search.sort." + value)));
        }
        return choices;
    }

    /** An order as offered in the sort list. */
    public record SortChoice(String value, String label) { }

    public String getSortValue() {
        return sort == null ? "relevance" : sort;
    }

    /**
     * A snippet as markup with nothing but {@code <mark>} in it. The index escapes the text
     * (Elasticsearch's HTML encoder) and adds the mark tags; should any other angle bracket get
     * through, it is escaped here, so rendering with escape="false" cannot inject markup.
     */
    public static String safeSnippet(String snippet) {
        if (snippet == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(snippet.length());
        int i = 0;
        while (i < snippet.length()) {
            if (snippet.startsWith("<mark>", i)) {
                out.append("<mark>");
                i += 6;
            } else if (snippet.startsWith("</mark>", i)) {
                out.append("</mark>");
                i += 7;
            } else {
                char c = snippet.charAt(i++);
                switch (c) {
                    case '<' -> out.append("&lt;");
                    case '>' -> out.append("&gt;");
                    case '"' -> out.append("&quot;");
                    default -> out.append(c);
                }
            }
        }
        // unbalanced tags would leak the highlight into the rest of the page
        int open = count(out, "<mark>");
        int close = count(out, "</mark>");
        for (int k = close; k < open; k++) {
            out.append("</mark>");
        }
        return out.toString();
    }

    public String snippet(String snippet) {
        return safeSnippet(snippet);
    }

    private static int count(CharSequence text, String tag) {
        int n = 0;
        for (int at = text.toString().indexOf(tag); at >= 0; at = text.toString().indexOf(tag, at + tag.length())) {
            n++;
        }
        return n;
    }

    static String query(String q, String subject, String grade, String type, String sort, int page) {
        return query(q, subject, grade, type, null, null, null, sort, page);
    }

    static String query(String q, String subject, String grade, String type, String licence, String language, String school,
                        String sort, int page) {
        StringJoiner params = new StringJoiner("&");
        add(params, "q", q);
        add(params, "subject", subject);
        add(params, "grade", grade);
        add(params, "type", type);
        add(params, "licence", licence);
        add(params, "language", language);
        add(params, "school", school);
        add(params, "sort", sort);
        if (page > 1) {
            add(params, "page", Integer.toString(page));
        }
        return params.toString();
    }

    /** A link that keeps the licence, language and school filters as they are. */
    private String href(String q, String subject, String grade, String type, String sort, int page) {
        return href(q, subject, grade, type, licence, language, school, sort, page);
    }

    private static String href(String q, String subject, String grade, String type, String licence, String language, String school,
                               String sort, int page) {
        String context = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        String query = query(q, subject, grade, type, licence, language, school, sort, page);
        return context + PAGE + (query.isEmpty() ? "" : "?" + query);
    }

    private static void add(StringJoiner params, String name, String value) {
        if (value != null && !value.isBlank()) {
            params.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    private String text(String key, Object... arguments) {
        return Messages.text(localeSelection.getLocale(), key, arguments);
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
    public String getSubject() { return subject; }
    public void setSubject(String subject) { this.subject = subject; }
    public String getGrade() { return grade; }
    public void setGrade(String grade) { this.grade = grade; }
    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public String getSort() { return sort; }
    public void setSort(String sort) { this.sort = sort; }
    public int getPage() { return page; }
    public void setPage(int page) { this.page = page; }
    public String getLicence() { return licence; }
    public void setLicence(String licence) { this.licence = licence; }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
    public String getSchool() { return school; }
    public void setSchool(String school) { this.school = school; }
}
