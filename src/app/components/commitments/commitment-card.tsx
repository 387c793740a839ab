import { Show } from 'solid-js';
import type { CommitmentItem } from '../../../core/commitments';
import { commitmentLabel } from '../../state/commitments/commitment-labels';
import { formatDay } from '../../state/commitments/format-day';
import { language, t } from '../../state/language';
import { territoryLabel } from '../../state/territory-label';
import { ProgressBar } from './progress-bar';
import { StatusBadge } from './status-badge';

/** One commitment in a list: what, who answers for it, by when, where it stands, and where it was made. */
export function CommitmentCard(props: { item: CommitmentItem; eventName?: string }) {
  const overdue = () => props.item.standing.status === 'vencido';
  return (
    <li class="card ccard" classList={{ 'ccard--late': overdue() }} data-testid="commitment-card" data-id={props.item.id}>
      <h2 class="card__title ccard__title">
        <a href={`/compromisos/${encodeURIComponent(props.item.id)}`}>{props.item.title}</a>
      </h2>
      <p class="ccard__status">
        <StatusBadge status={props.item.standing.status} />
        <Show when={overdue()}>
          <span class="ccard__late"> {t('commitments.overdueSince', { date: formatDay(props.item.dueDate) })}</span>
        </Show>
      </p>
      <ProgressBar id={`progress-${props.item.id}`} percent={props.item.standing.percent} />
      <dl class="cfacts">
        <dt>{t('commitments.field.office')}</dt>
        <dd>{commitmentLabel('office', props.item.office, language())}</dd>
        <dt>{t('commitments.field.dueDate')}</dt>
        <dd>{formatDay(props.item.dueDate)}</dd>
        <Show when={props.eventName}>
          {(name) => (
            <>
              <dt>{t('commitments.field.event')}</dt>
              <dd>{name()}</dd>
            </>
          )}
        </Show>
        <Show when={props.item.territory}>
          {(code) => (
            <>
              <dt>{territoryLabel()}</dt>
              <dd>{commitmentLabel('territory', code(), language())}</dd>
            </>
          )}
        </Show>
        <Show when={props.item.topic}>
          {(code) => (
            <>
              <dt>{t('commitments.field.topic')}</dt>
              <dd>{commitmentLabel('topic', code(), language())}</dd>
            </>
          )}
        </Show>
      </dl>
    </li>
  );
}
