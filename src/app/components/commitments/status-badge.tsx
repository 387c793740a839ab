import type { CommitmentStatus } from '../../../core/commitments';
import { STATUS_KEYS } from '../../state/commitments/status-keys';
import { t } from '../../state/language';

// A mark before the word: the status reads the same without colour (WCAG 1.4.1).
const MARKS: Record<CommitmentStatus, string> = { pendiente: '○', en_curso: '◐', cumplido: '✓', vencido: '⚠' };

/** The status as a word with a mark; overdue also says so in words, never by colour only. */
export function StatusBadge(props: { status: CommitmentStatus }) {
  return (
    <span class={`cbadge cbadge--${props.status}`} data-testid="commitment-status" data-status={props.status}>
      <span aria-hidden="true">{MARKS[props.status]} </span>
      {t(STATUS_KEYS[props.status])}
    </span>
  );
}
