import '../../styles/forms.css';
import { createResource, Match, Show, Switch } from 'solid-js';
import { ClosedView } from '../../components/forms/closed-view';
import { DoneView } from '../../components/forms/done-view';
import { FormScreen } from '../../components/forms/form-screen';
import { LanguageToggle } from '../../components/forms/language-toggle';
import { RefusalView } from '../../components/forms/refusal-view';
import { createFormSession } from '../../state/forms/form-session';
import { linkClosed } from '../../state/forms/link-state';
import { parseFormLink } from '../../../core/forms/form-links';
import { createPendingSubmissions } from '../../state/forms/pending-submissions';
import { formatCount, t } from '../../state/language';

/** /f/:formId?e=&s= — a citizen's phone, opened from a poster's QR code; works offline once cached. */
export default function CitizenFormRoute(props: { params: Record<string, string> }) {
  const session = createFormSession({ formId: props.params.formId ?? '', search: location.search, kiosk: false });
  const pending = createPendingSubmissions();
  // Whether the office closed the link, asked at once beside the form's own reads (its target is in the address)
  // and read only once answered: a resource read while loading would suspend the whole page, blank until the
  // answer came, the form then drawn off screen and laid out in one piece. A closed link's notice replaces the
  // form; a form already sent on this screen keeps its thank-you.
  const link = parseFormLink(`/f/${props.params.formId ?? ''}${location.search}`);
  const [closed] = createResource(link.ok ? { formId: link.value.formId, eventId: link.value.eventId } : false, (target) => linkClosed(target));

  const again = () => {
    session.reset();
    queueMicrotask(() => document.getElementById('form-title')?.focus());
  };

  return (
    <div class="page qpage">
      <LanguageToggle />
      <Switch>
        <Match when={session.refusal()}>{(refusal) => <RefusalView refusal={refusal()} />}</Match>
        <Match when={closed.state === 'ready' && closed() && !session.submitted()}>
          <ClosedView />
        </Match>
        <Match when={session.submitted()}>
          {(done) => (
            <DoneView trackingCode={done().trackingCode} state={session.recordState()} showSync>
              <div class="qdone__actions">
                <Show when={done().trackingCode}>
                  <a href="/seguimiento" class="button button--secondary">
                    {t('forms.openTracking')}
                  </a>
                </Show>
                <button type="button" class="button button--primary" onClick={again}>
                  {t('forms.another')}
                </button>
              </div>
            </DoneView>
          )}
        </Match>
        <Match when={session.ready()}>
          <FormScreen session={session} definition={session.ready()!.definition} catalogues={session.catalogues} shared={false} />
        </Match>
        <Match when={session.phase().kind === 'loading'}>
          <p role="status" class="qpage__loading">
            {t('forms.loading')}
          </p>
        </Match>
      </Switch>
      {/* Only once the screen is settled: a footer painted first would jump down when the form arrives. */}
      <Show when={session.phase().kind !== 'loading' && pending() !== undefined}>
        <footer class="qpage__footer">
          <p data-testid="forms-pending" data-pending={pending()}>
            <Show when={(pending() ?? 0) > 0} fallback={t('forms.nothingPending')}>
              {pending() === 1 ? t('forms.pendingOne') : t('forms.pendingMany', { count: formatCount(pending() ?? 0) })}
            </Show>
          </p>
          <p>
            <a href="/seguimiento">{t('forms.myQuestions')}</a>
          </p>
        </footer>
      </Show>
    </div>
  );
}
