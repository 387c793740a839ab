/**
 * Resolves in a task of its own: what follows the await runs after the browser has had its turn (a tap, a paint).
 * For splitting start-up work a cheap phone would otherwise run as one long task.
 */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
