/**
 * One queue for all of a session's Excel work. Batches of different `Excel.run` calls interleave in
 * Excel, one sync at a time (learn.microsoft.com/office/dev/add-ins/excel/performance): a ribbon command,
 * a pane action and a live re-check running at once could each read the state part as missing and each
 * add one (office-js: `getOnlyItemOrNullObject` is then null for good), or paint over each other's
 * highlights. Each job here runs alone, in the order it was queued; a failed job does not stop the next.
 */
export class WorkQueue {
  private tail: Promise<unknown> = Promise.resolve();
  private waiting = 0;

  /** Runs `job` after every job queued before it has settled; resolves or rejects with `job`'s result. */
  run<T>(job: () => Promise<T>): Promise<T> {
    this.waiting += 1;
    const result = this.tail.then(job).finally(() => (this.waiting -= 1));
    this.tail = result.catch(() => undefined);
    return result;
  }

  /** Jobs queued or running. */
  get pending(): number {
    return this.waiting;
  }
}
