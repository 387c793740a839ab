import '../../styles/commitments.css';
import { For, Show } from 'solid-js';
import { canWriteCommitments } from '../../state/commitments/commitment-access';
import { t } from '../../state/language';

/** Under a prioritisation's ranking: one "Crear compromiso" per topic, in the order citizens ranked them. */
export function TopicCommitmentLinks(props: { eventId: string; topics: { value: string; label: string }[] }) {
  return (
    <Show when={canWriteCommitments()}>
      <details class="ctopics">
        <summary>{t('commitments.fromTopics')}</summary>
        <ul class="ctopics__list">
          <For each={props.topics}>
            {(topic) => (
              <li>
                <a href={`/compromisos/nuevo?evento=${encodeURIComponent(props.eventId)}&tema=${encodeURIComponent(topic.value)}`}>
                  {t('commitments.fromTopic', { topic: topic.label })}
                </a>
              </li>
            )}
          </For>
        </ul>
      </details>
    </Show>
  );
}
