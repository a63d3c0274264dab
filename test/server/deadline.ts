// A bound on a wait in the tests: the wait itself is on an event (a message from the server, a
// process exit); this only turns "never happened" into a clear failure instead of a hung run.

/** Rejects with `what` after `ms` unless `promise` settles first. */
export function deadline<T>(promise: Promise<T>, ms: number, what: () => string): Promise<T> {
  const signal = AbortSignal.timeout(ms);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new Error(`timed out after ${ms} ms waiting for ${what()}`));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}
