import { For, Show } from 'solid-js';
import type { InboxItem } from '../../state/forms/staff-api';
import type { Labels } from '../../state/reports/report-labels';
import { formatTime } from '../../state/language';
import { inertText } from '../../../core/text/inert-text';

/**
 * The questions citizens left in the escuchadero and the administration's answers, for the memoria.
 * Citizens' words are shown as text (Solid escapes them); names and contacts are not printed.
 */
export function EscuchaderoAnswers(props: { items: InboxItem[]; labels: Labels }) {
  const l = () => props.labels;
  return (
    <Show when={props.items.length > 0} fallback={<p class="rpt-note">{l().t('reports.noEscuchadero')}</p>}>
      <ol class="rpt-qa" data-testid="memoria-qa">
        <For each={props.items}>
          {(item) => (
            <li class="rpt-qa__item" data-testid="memoria-qa-item">
              <p class="rpt-qa__meta">
                {l().escuchadero('tipo', item.type)}
                <Show when={item.topic}>{(topic) => <> · {l().escuchadero('tema', topic())}</>}</Show> · {l().code('territories', item.territory)} ·{' '}
                {formatTime(item.receivedAt)}
              </p>
              <blockquote class="rpt-qa__question">{inertText(item.text)}</blockquote>
              <Show
                when={item.answer}
                fallback={<p class="rpt-qa__pending">{l().t('reports.qa.pending', { days: item.workingDaysWaited })}</p>}
              >
                {(answer) => (
                  <div class="rpt-qa__answer">
                    <p class="rpt-qa__label">{l().t('reports.qa.answer')}</p>
                    <p>{inertText(answer())}</p>
                  </div>
                )}
              </Show>
            </li>
          )}
        </For>
      </ol>
    </Show>
  );
}
