import { Match, Switch } from 'solid-js';
import type { RecordState } from '../../storage/forms-records';
import { problemText, t } from '../../state/language';

/** What became of one saved answer: still on this device, on the server, or refused (and why). */
export function RecordSyncLine(props: { state: RecordState | undefined }) {
  return (
    <p class="qsync" role="status" data-testid="record-sync" data-state={props.state?.syncState ?? 'unknown'}>
      <Switch fallback={t('forms.sync.pending')}>
        <Match when={props.state?.syncState === 'synced'}>{t('forms.sync.synced')}</Match>
        <Match when={props.state?.syncState === 'attention'}>
          {t('forms.sync.attention', { reason: props.state?.problem ? problemText(props.state.problem) : '' })}
        </Match>
      </Switch>
    </p>
  );
}
