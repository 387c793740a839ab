import '../../styles/forms.css';
import { createSignal, For, Match, Show, Switch } from 'solid-js';
import { formatTrackingCode } from '../../../core/escuchadero/tracking-code';
import type { TrackedRow } from '../../storage/tracked-codes';
import { LanguageToggle } from '../../components/forms/language-toggle';
import { InputField } from '../../components/input-field';
import { TrackedCommitments } from '../../components/commitments/tracked-commitments';
import { createTracking } from '../../state/forms/tracking';
import { formatTime, language, needTexts, problemText, t } from '../../state/language';
import { localeOf } from '../../i18n';
import type { MessageKey } from '../../i18n';

const STATUS_TEXT: Record<string, MessageKey> = {
  received: 'tracking.status.received',
  assigned: 'tracking.status.assigned',
  answered: 'tracking.status.answered',
  closed: 'tracking.status.answered',
};

// A calendar date ("2026-12-14"), shown as that same day wherever the phone is.
const formatDay = (date: string) => new Intl.DateTimeFormat(localeOf(language()), { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${date}T12:00:00Z`));

function TrackedCard(props: { row: TrackedRow }) {
  return (
    <li class="card qtrack" data-testid="tracked-code" data-code={props.row.code}>
      <p class="qtrack__code">{formatTrackingCode(props.row.code)}</p>
      <Switch>
        <Match when={props.row.answer}>
          {(answer) => (
            <div class="qtrack__answer">
              <p class="qtrack__answered">{t('tracking.answered')}</p>
              {/* The answer is the office's text: rendered as text, never as markup. */}
              <p class="qtrack__text">{answer()}</p>
              <Show when={props.row.answeredAt}>{(at) => <p class="qtrack__meta">{t('tracking.answeredAt', { time: formatTime(at()) })}</p>}</Show>
            </div>
          )}
        </Match>
        <Match when={props.row.status}>
          {(status) => (
            <>
              <p>{t(STATUS_TEXT[status()] ?? 'tracking.status.received')}</p>
              <Show when={props.row.dueDate}>{(due) => <p class="qtrack__meta">{t('tracking.due', { date: formatDay(due()) })}</p>}</Show>
            </>
          )}
        </Match>
        <Match when={props.row.localState === 'pending'}>
          <p>{t('tracking.stillHere')}</p>
        </Match>
        <Match when={true}>
          <p>{t('tracking.noNews')}</p>
        </Match>
      </Switch>
      <Show when={commitmentTexts()}>
        <TrackedCommitments commitments={props.row.commitments ?? []} />
      </Show>
    </li>
  );
}

// The commitments' texts are not among a citizen's shell texts: this page loads them itself (settled, loaded or not).
const [commitmentTexts, setCommitmentTexts] = createSignal(false);

/** /seguimiento — "Mis preguntas": codes kept on this device or typed, with the answers once they arrive. */
export default function TrackingRoute() {
  const tracking = createTracking();
  void needTexts('commitments').then(() => setCommitmentTexts(true));
  const [typed, setTyped] = createSignal('');
  const [message, setMessage] = createSignal<{ text: string; error: boolean }>();

  const lookUp = async (event: SubmitEvent) => {
    event.preventDefault();
    const outcome = await tracking.lookUp(typed());
    if (outcome.kind === 'problem') return setMessage({ text: problemText(outcome.problem), error: true });
    setTyped('');
    setMessage({ text: outcome.kind === 'found' ? t('tracking.found') : t('tracking.keptOffline'), error: false });
  };

  return (
    <div class="page qpage">
      <LanguageToggle />
      <h1 class="page__title" tabindex="-1">
        {t('tracking.title')}
      </h1>
      <p class="page__meta">{t('tracking.intro')}</p>
      <p class="qtrack__news" role="status" data-testid="answer-news">
        <Show when={tracking.announced().length > 0}>{t('tracking.news')}</Show>
      </p>

      <h2 class="qtrack__heading">{t('tracking.listTitle')}</h2>
      <Show when={(tracking.rows()?.length ?? 0) > 0} fallback={<p>{tracking.rows() ? t('tracking.empty') : t('forms.loading')}</p>}>
        <ul class="cards">
          <For each={tracking.rows()}>{(row) => <TrackedCard row={row} />}</For>
        </ul>
      </Show>
      <button type="button" class="button button--secondary" disabled={tracking.checking()} onClick={() => void tracking.checkNow()}>
        {tracking.checking() ? t('tracking.checking') : t('tracking.checkNow')}
      </button>
      <h2 class="qtrack__heading">{t('tracking.lookupTitle')}</h2>
      <form class="qtrack__lookup" novalidate onSubmit={(e) => void lookUp(e)}>
        <InputField
          id="tracking-code"
          label={t('tracking.codeLabel')}
          hint={t('tracking.codeHint')}
          error={message()?.error ? message()?.text : undefined}
          inputClass="qfield__short"
          autocapitalize="characters"
          value={typed()}
          onInput={setTyped}
        />
        <button type="submit" class="button button--primary" disabled={tracking.checking()}>
          {t('tracking.lookUp')}
        </button>
      </form>
      <p role="status" class="qtrack__status">
        <Show when={message() && !message()!.error}>{message()?.text}</Show>
      </p>
    </div>
  );
}
