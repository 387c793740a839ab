/**
 * Fault injection for the crash test, switched on only by env CABILDO_FAULT.
 * kill-after-commit: the process SIGKILLs itself after a sync batch is committed and
 * before the answer leaves, which is the moment a lost response must not double a record.
 */
export function afterSyncCommitFault(value: string | undefined): (() => void) | undefined {
  if (value === undefined || value === '') return undefined;
  if (value === 'kill-after-commit') return () => process.kill(process.pid, 'SIGKILL');
  // A typo must not silently run a crash test without its crash.
  throw new Error(`CABILDO_FAULT desconocido: ${value}`);
}
