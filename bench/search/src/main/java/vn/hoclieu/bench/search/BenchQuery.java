package vn.hoclieu.bench.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import vn.hoclieu.search.Facet;
import vn.hoclieu.search.SearchQuery;
import vn.hoclieu.search.SearchSort;

/**
 * One search of the fixed list: words, facet filters and a sort, as a teacher would send them.
 * {@link #apiPath()} is our REST call; {@link #searchQuery()} is what {@code SearchResource} makes
 * of it (same page size, 20), from which the raw request is captured.
 */
record BenchQuery(String text, Map<Facet, String> filters, SearchSort sort) {

    static final int PAGE_SIZE = 20;

    SearchQuery searchQuery() {
        return new SearchQuery(text, filters, sort, 0, PAGE_SIZE);
    }

    String apiPath() {
        List<String> params = new ArrayList<>();
        params.add("q=" + encode(text));
        filters.forEach((facet, value) -> params.add(parameter(facet) + "=" + encode(value)));
        params.add("sort=" + sort.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        params.add("size=" + PAGE_SIZE);
        return "/api/v1/search?" + String.join("&", params);
    }

    /** The REST parameter of a facet (see SearchResource). */
    private static String parameter(Facet facet) {
        return switch (facet) {
            case SUBJECT -> "subject";
            case GRADE -> "grade";
            case TYPE -> "type";
            case LICENCE -> "licence";
            case LANGUAGE -> "language";
            case SCHOOL -> "school";
        };
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** ~50 searches: accented and unaccented words and phrases, facet filters, every sort, a browse without words. */
    static List<BenchQuery> fixedList() {
        List<BenchQuery> list = new ArrayList<>();
        String[] accented = {"lịch sử việt nam", "ẩm thực hà nội", "phương trình lượng giác", "đẳng thức lượng giác",
            "thủ đô", "sông hồng", "văn hóa dân gian", "nhà nước phong kiến", "khởi nghĩa", "triều đại nhà Lý",
            "món ăn truyền thống", "công thức cộng", "hướng dẫn sử dụng", "gói phần mềm", "thành phố lớn",
            "dân số", "kinh tế", "chiến tranh", "độc lập", "nông nghiệp", "học sinh", "giáo viên chủ nhiệm",
            "bài tập về nhà", "hàm số", "tiếng việt"};
        String[] unaccented = {"lich su viet nam", "am thuc", "phuong trinh luong giac", "thu do ha noi", "song hong",
            "van hoa", "khoi nghia", "mon an", "nong nghiep", "hoc sinh"};
        for (String q : accented) {
            list.add(new BenchQuery(q, Map.of(), SearchSort.RELEVANCE));
        }
        for (String q : unaccented) {
            list.add(new BenchQuery(q, Map.of(), SearchSort.RELEVANCE));
        }
        list.add(filtered("lịch sử", SearchSort.RELEVANCE, Facet.SUBJECT, "LICH_SU_DIA_LI"));
        list.add(filtered("phép cộng", SearchSort.RELEVANCE, Facet.SUBJECT, "TOAN", Facet.GRADE, "3"));
        list.add(filtered("luong giac", SearchSort.BEST_RATED, Facet.SUBJECT, "TOAN"));
        list.add(filtered("bài giảng", SearchSort.NEWEST, Facet.TYPE, "VIDEO_LECTURE"));
        list.add(filtered("văn hóa", SearchSort.MOST_USED, Facet.GRADE, "7"));
        list.add(filtered("hà nội", SearchSort.RELEVANCE, Facet.SCHOOL, "7"));
        list.add(filtered("tiếng anh", SearchSort.RELEVANCE, Facet.LANGUAGE, "en"));
        list.add(filtered("thuc hanh", SearchSort.RELEVANCE, Facet.LICENCE, "CC_BY", Facet.TYPE, "WORKSHEET"));
        list.add(filtered("kinh te", SearchSort.NEWEST, Facet.GRADE, "9", Facet.SUBJECT, "LICH_SU_DIA_LI"));
        list.add(filtered("thiên nhiên", SearchSort.BEST_RATED, Facet.SUBJECT, "KHOA_HOC", Facet.GRADE, "4"));
        list.add(new BenchQuery("chương trình", Map.of(), SearchSort.NEWEST));
        list.add(new BenchQuery("hoc sinh gioi", Map.of(), SearchSort.BEST_RATED));
        list.add(new BenchQuery("sách giáo khoa", Map.of(), SearchSort.MOST_USED));
        list.add(filtered("", SearchSort.NEWEST, Facet.SUBJECT, "TOAN", Facet.GRADE, "5"));
        list.add(filtered("", SearchSort.RELEVANCE, Facet.TYPE, "E_BOOK"));
        return List.copyOf(list);
    }

    private static BenchQuery filtered(String text, SearchSort sort, Object... facetValues) {
        Map<Facet, String> filters = new EnumMap<>(Facet.class);
        for (int i = 0; i < facetValues.length; i += 2) {
            filters.put((Facet) facetValues[i], (String) facetValues[i + 1]);
        }
        return new BenchQuery(text, filters, sort);
    }
}
