import { SUPPRESSED, type PublishedCount } from '../../core/indicators/publish-breakdown';
import { MIN_PUBLISHED_COUNT } from '../../core/indicators/small-cells';

/**
 * A lone count about a sensitive trait (people asking for a sign-language interpreter reveal a disability)
 * with the same mark as a suppressed breakdown cell when it is 1–4. The exact figures stay in the
 * attendance list (GET /events/:id/attendance), which only the planning office will see.
 */
export const publishedCount = (count: number, threshold = MIN_PUBLISHED_COUNT): PublishedCount =>
  count > 0 && count < threshold ? SUPPRESSED : count;
