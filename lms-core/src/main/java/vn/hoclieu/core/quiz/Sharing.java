package vn.hoclieu.core.quiz;

/**
 * Who sees a bank question: its owner only, or every teacher of its subject in the district.
 * (Shared questions are to go through review like materials; for now the owner's share is enough.)
 */
public enum Sharing { PRIVATE, SHARED }
