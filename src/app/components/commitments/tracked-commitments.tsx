import '../../styles/commitments.css';
import { For, Show } from 'solid-js';
import type { TrackedCommitment } from '../../../core/commitments';
import { formatDay } from '../../state/commitments/format-day';
import { formatCount, t } from '../../state/language';
import { StatusBadge } from './status-badge';

/** On "Mis preguntas": what the administration promised because of this question, and where it stands. */
export function TrackedCommitments(props: { commitments: readonly TrackedCommitment[] }) {
  return (
    <Show when={props.commitments.length > 0}>
      <div class="ctracked" data-testid="tracked-commitments">
        <p class="ctracked__heading">{t('commitments.tracked.heading')}</p>
        <ul class="ctracked__list">
          <For each={props.commitments}>
            {(c) => (
              <li class="ctracked__item" data-testid="tracked-commitment">
                {/* The office's words, rendered as text. */}
                <p class="ctracked__title">{c.title}</p>
                <p>
                  <StatusBadge status={c.status} /> · {t('commitments.tracked.percent', { percent: formatCount(c.percent) })}
                </p>
                <p class="qtrack__meta">{t('commitments.tracked.who', { office: c.officeName, date: formatDay(c.dueDate) })}</p>
              </li>
            )}
          </For>
        </ul>
      </div>
    </Show>
  );
}
