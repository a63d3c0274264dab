// Keeps the server alive: every handler runs inside a guard that logs an exception once (per handler
// and message) to the client's console and answers with a harmless fallback instead of crashing.

interface Logger {
  error(message: string): void;
}

// Reports errors to a logger, each distinct (where, message) pair only once, so a handler that fails
// on every keystroke does not flood the output channel.
export class ErrorReporter {
  private readonly seen = new Set<string>();

  constructor(private readonly logger: Logger) {}

  report(where: string, error: unknown): void {
    const message = error instanceof Error ? error.message : String(error);
    const key = `${where}\u0000${message}`;
    if (this.seen.has(key)) return;
    if (this.seen.size > 1000) this.seen.clear();
    this.seen.add(key);
    const stack = error instanceof Error && error.stack ? `\n${error.stack}` : '';
    try {
      this.logger.error(`[nianbao] ${where} failed: ${message}${stack}`);
    } catch {
      // The connection may be gone; nothing else to do.
    }
  }

  // Wraps a (sync or async) handler: exceptions and rejections are reported and `fallback` returned.
  // Used for every LSP handler and event listener the server registers.
  guard<A extends unknown[], R>(where: string, fallback: R, fn: (...args: A) => R | Promise<R>): (...args: A) => Promise<R> {
    return async (...args: A) => {
      try {
        return await fn(...args);
      } catch (error) {
        this.report(where, error);
        return fallback;
      }
    };
  }
}
