package vn.hoclieu.content.ingest.isolation;

/** The work a task host does for one request; what it learns goes into the report. */
@FunctionalInterface
interface IsolatedTask {

    void run(TaskRequest request, TaskReport report) throws Exception;
}
