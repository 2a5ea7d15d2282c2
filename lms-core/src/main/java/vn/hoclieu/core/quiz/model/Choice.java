package vn.hoclieu.core.quiz.model;

/** An option of a question as pupils see it: a stable id (what responses hold) and its content (HTML). */
public record Choice(String id, String html) {
}
