package vn.hoclieu.web.material.rest;

import jakarta.validation.constraints.Size;

/** An optional note: what changed in a new version, or a word to reviewers on submission. */
public record NoteRequest(@Size(max = 1000, message = "{material.note.size}") String note) {
}
