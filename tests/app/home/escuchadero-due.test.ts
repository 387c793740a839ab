import { describe, expect, it } from 'vitest';
import { casesDueByEvent } from '../../../src/app/state/home/escuchadero-due';

const NOW = Date.parse('2026-12-03T12:00:00Z');
const item = (eventId: string, status: 'received' | 'assigned' | 'answered' | 'closed', dueAt: string, overdue = false) => ({ eventId, status, dueAt, overdue });

describe('escuchadero cases due on the home screen', () => {
  it('counts open cases per event, the overdue ones and those due within three days; answered and closed are done', () => {
    const due = casesDueByEvent(
      [
        item('atril', 'received', '2026-12-04', false), // due tomorrow
        item('atril', 'assigned', '2026-11-30', true), // late
        item('atril', 'assigned', '2026-12-20', false), // far off
        item('atril', 'answered', '2026-11-01', true),
        item('dialogo', 'closed', '2026-12-04', false),
      ],
      NOW,
    );
    expect(due.get('atril')).toEqual({ open: 3, overdue: 1, dueSoon: 1 });
    expect(due.has('dialogo')).toBe(false);
  });
});
