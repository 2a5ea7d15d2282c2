package vn.hoclieu.web.catalogue.rest;

/** Hide (true) or show again (false) a rating's comment. */
public record HiddenRequest(boolean hidden) {
}
