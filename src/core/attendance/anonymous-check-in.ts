import * as z from 'zod/mini';
import type { Catalogues } from '../catalogues';
import { choiceOf } from './choices';
import { checkInShape } from './check-in';
import { citizenMessage } from '../problems/citizen-field-messages';
import { doorText } from '../problems/door-field-messages';
import { territoryChoice } from '../catalogues/territory-title';

export const ATTENDANCE_ANONYMOUS_KIND = 'attendance.anonymous';

/**
 * A person who does not authorise data treatment is still counted (Ley 1581: silence is not consent):
 * only the event, time, method and at most the comuna. Any other field is refused, so no name or
 * document can slip into an anonymous count.
 */
export const anonymousCheckInV1 = (catalogues: Catalogues) =>
  z.strictObject(
    {
      ...checkInShape,
      territory: z.optional(choiceOf(catalogues.territories, citizenMessage('territory.choice', { territory: territoryChoice(catalogues.territories) }))),
    },
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? doorText('check_in.anonymous_fields', { keys: issue.keys.join(', ') })
          : undefined,
    },
  );

export type AnonymousCheckInV1 = z.infer<ReturnType<typeof anonymousCheckInV1>>;
