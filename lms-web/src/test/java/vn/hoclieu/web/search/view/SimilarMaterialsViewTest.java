package vn.hoclieu.web.search.view;

import org.junit.jupiter.api.Test;
import vn.hoclieu.search.MaterialHit;
import vn.hoclieu.search.MaterialIndex;
import vn.hoclieu.search.SearchException;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The material page's "similar materials" never fails the page and asks the index once per request. */
class SimilarMaterialsViewTest {

    private final AtomicInteger asked = new AtomicInteger();

    @Test
    void searchDownShowsNoSimilarMaterials() {
        SimilarMaterialsView view = viewOn(() -> {
            throw new SearchException("could not find materials like 7: Connection refused", null);
        });

        assertThat(view.of(7)).isEmpty();
    }

    @Test
    void aMisconfiguredEndpointShowsNoSimilarMaterialsEither() {
        SimilarMaterialsView view = viewOn(() -> {
            throw new IllegalArgumentException("not a URL: htp:/es");
        });

        assertThat(view.of(7)).isEmpty();
    }

    @Test
    void theIndexIsAskedForFiveOncePerMaterialAndRequest() {
        MaterialHit hit = new MaterialHit("8", "Bảng nhân 6", 1.0, List.of(), "TOAN", List.of(3), "E_LECTURE", null, null, 0, "PUBLISHED", 0);
        SimilarMaterialsView view = viewOn(() -> List.of(hit));

        assertThat(view.of(7)).containsExactly(hit);
        assertThat(view.of(7)).containsExactly(hit);
        assertThat(asked).hasValue(1);
    }

    /** A view whose index answers {@code similar(…)} with this (and knows nothing else). */
    private SimilarMaterialsView viewOn(java.util.function.Supplier<List<MaterialHit>> similar) {
        SimilarMaterialsView view = new SimilarMaterialsView();
        view.index = (MaterialIndex) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {MaterialIndex.class},
                (proxy, method, args) -> {
                    assertThat(method.getName()).isEqualTo("similar");
                    assertThat(args).containsExactly("7", SimilarMaterialsView.SHOWN);
                    asked.incrementAndGet();
                    return similar.get();
                });
        return view;
    }
}
