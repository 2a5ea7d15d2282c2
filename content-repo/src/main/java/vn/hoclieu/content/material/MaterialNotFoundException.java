package vn.hoclieu.content.material;

/** No such material, or not one the caller may change (the same answer, so ids reveal nothing). */
public class MaterialNotFoundException extends RuntimeException {

    public MaterialNotFoundException(long materialId) {
        super("No material " + materialId + " for this user");
    }
}
