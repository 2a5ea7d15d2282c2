package vn.hoclieu.web.search.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.hoclieu.search.MaterialHit;
import vn.hoclieu.search.MaterialIndex;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * "Similar materials" on a material's page: up to {@value #SHOWN} public materials like the one
 * shown, from {@link MaterialIndex#similar}. The section is an extra: when search cannot answer,
 * the page shows no section rather than an error, so the reader still gets the material.
 */
@Named
@RequestScoped
public class SimilarMaterialsView {

    static final int SHOWN = 5;

    private static final Logger LOG = Logger.getLogger(SimilarMaterialsView.class.getName());

    @Inject
    MaterialIndex index;

    // the page asks several times per render (rendered=, then the list): one search per request
    private final Map<Long, List<MaterialHit>> found = new HashMap<>();

    /** Materials like this one, best first; empty when there are none or search is down. */
    public List<MaterialHit> of(long materialId) {
        return found.computeIfAbsent(materialId, this::ask);
    }

    private List<MaterialHit> ask(long materialId) {
        try {
            return index.similar(Long.toString(materialId), SHOWN);
        } catch (RuntimeException e) {
            // not only SearchException: a misconfigured endpoint fails while connecting, and an
            // optional section must never cost the reader the page
            LOG.log(Level.FINE, "no similar materials for " + materialId, e);
            return List.of();
        }
    }
}
