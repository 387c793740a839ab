import { onMount, Show, type JSX } from 'solid-js';
import type { RecordState } from '../../storage/forms-records';
import { t } from '../../state/language';
import { RecordSyncLine } from './record-sync-line';
import { TrackingCodeView } from './tracking-code';

/** After sending: thanks, "saved on this device", what the sync did with it, and the tracking code if any. */
export function DoneView(props: { trackingCode?: string | undefined; state?: RecordState | undefined; showSync: boolean; children?: JSX.Element }) {
  let heading: HTMLHeadingElement | undefined;
  onMount(() => {
    window.scrollTo(0, 0);
    heading?.focus();
  });
  return (
    <section class="qdone" aria-labelledby="done-title" data-testid="form-done">
      <h1 id="done-title" class="page__title qdone__title" tabindex="-1" ref={heading}>
        {t('forms.thanks')}
      </h1>
      <p class="qdone__saved">{t('forms.savedHere')}</p>
      <Show when={props.showSync}>
        <RecordSyncLine state={props.state} />
      </Show>
      <Show when={props.trackingCode}>{(code) => <TrackingCodeView code={code()} />}</Show>
      {props.children}
    </section>
  );
}
