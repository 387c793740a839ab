/**
 * Runs camera operations one after another: html5-qrcode's stop() is asynchronous, and starting (or
 * clearing) before it finished leaves a camera open or throws "already under transition".
 */
export function createSerialQueue() {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(operation: () => Promise<T>): Promise<T> => {
    const run = tail.then(operation, operation);
    tail = run.catch(() => undefined);
    return run;
  };
}
