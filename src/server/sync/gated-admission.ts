import type { ValidRecord } from '../../core/records/envelope';
import type { Problem } from '../../core/problems/problem';
import type { PushDeps } from './push-records';

/**
 * Puts a per-caller check of each valid record (e.g. a device pushes only its own records) in front of the
 * batch's admission: records the gate refuses never reach the admission, so they cannot hold an answer slot.
 */
export function gatedAdmission(gate: (record: ValidRecord) => Problem | undefined, admit: PushDeps['admit']): NonNullable<PushDeps['admit']> {
  return async (records) => {
    const refusals = records.map(gate);
    const passed = records.filter((_, i) => refusals[i] === undefined);
    const later = (passed.length > 0 ? await admit?.(passed) : undefined) ?? [];
    let k = 0;
    return refusals.map((refusal) => refusal ?? later[k++]);
  };
}
