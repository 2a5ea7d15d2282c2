package vn.hoclieu.core.quiz;

/**
 * Who sees a bank question: its owner only, or every teacher of its subject in the district —
 * SHARED only while its category (the question set) has a version published through review.
 */
public enum Sharing { PRIVATE, SHARED }
