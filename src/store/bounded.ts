/**
 * A promise bounded in time: rejects with `TimeoutError` after `ms`. The timer belongs to the caller's
 * request, so a caller never waits on anyone else's I/O without a bound (workerd does not settle a
 * promise whose I/O belonged to a request that is gone).
 */
export class TimeoutError extends Error {
  override name = 'TimeoutError';
}

export function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const t = setTimeout(() => reject(new TimeoutError(`${what} timed out after ${ms} ms`)), ms);
    p.then((v) => { clearTimeout(t); resolve(v); }, (e) => { clearTimeout(t); reject(e); });
  });
}
