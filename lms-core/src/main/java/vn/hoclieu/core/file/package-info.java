/**
 * Files people upload beside their work (assignments' attachments and submissions, class-only
 * files): the rules a file must meet (extension, first bytes that fit it, size) checked while it
 * streams into the blob store, and the record of a stored file. No parsing: untrusted parsing
 * belongs to the workers.
 */
package vn.hoclieu.core.file;
