package vn.hoclieu.core.quiz;

import vn.hoclieu.core.quiz.model.AnswerSave;

import java.util.List;

/** The outcome of a save (APPLIED or REPEATED) and the answer as the server now holds it. */
public record SavedAnswer(AnswerSave outcome, int slot, long version, List<String> response) {
}
