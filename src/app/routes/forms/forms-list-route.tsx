import '../../styles/forms.css';
import { createResource, createSignal, For, Show } from 'solid-js';
import type { FormDefinition } from '../../../core/forms';
import { defaultAnswerLimit } from '../../../core/forms/answer-limit';
import { EVENT_ID_PATTERN } from '../../../core/events/event';
import { QrDialog } from '../../components/forms/qr-dialog';
import { TemplateCopy } from '../../components/forms/template-copy';
import { createFormLinks, kioskPath, posterPath, resultsPath } from '../../state/forms/form-links';
import { fetchEventList, fetchForms, type AnswerLimit, type FormLink } from '../../state/forms/staff-api';
import { language, problemText, t } from '../../state/language';
import type { MessageKey } from '../../i18n';

const LIMITS: { value: AnswerLimit; label: MessageKey; hint: MessageKey }[] = [
  { value: 'none', label: 'forms.staff.limit.none', hint: 'forms.staff.limit.noneHint' },
  { value: 'perPerson', label: 'forms.staff.limit.perPerson', hint: 'forms.staff.limit.perPersonHint' },
  { value: 'perDevice', label: 'forms.staff.limit.perDevice', hint: 'forms.staff.limit.perDeviceHint' },
];

function LinkPanel(props: { form: FormDefinition; link: FormLink; onShowQr: () => void }) {
  const current = () => LIMITS.find((l) => l.value === props.link.answerLimit) ?? LIMITS[0]!;
  return (
    <div class="qlink" data-testid="form-link">
      <p class="qlink__label">{t('forms.staff.link')}</p>
      <p class="qlink__url" data-testid="form-link-url">
        {props.link.qrText}
      </p>
      <p class="qlink__limit">
        <strong>{t(current().label)}</strong> — {t(current().hint)}
      </p>
      <div class="qlink__actions">
        <button type="button" class="button button--primary" onClick={() => props.onShowQr()}>
          {t('forms.staff.showQr')}
        </button>
        <a class="button button--secondary" href={props.link.path} target="_blank" rel="noopener">
          {t('forms.staff.open')}
        </a>
        <a class="button button--secondary" href={posterPath(props.link)} target="_blank" rel="noopener">
          {t('forms.staff.poster')}
        </a>
        <button type="button" class="button button--secondary" onClick={() => location.assign(kioskPath(props.link))}>
          {t('forms.staff.kiosk')}
        </button>
        <a class="button button--secondary" href={resultsPath(props.form.id, props.link.eventId)}>
          {t('forms.staff.results')}
        </a>
      </div>
    </div>
  );
}

/** /formularios — the planning office's forms: a signed link, QR and poster per form and event. */
export default function FormsListRoute() {
  const [forms, { refetch }] = createResource(fetchForms);
  const [events] = createResource(fetchEventList);
  const [eventId, setEventId] = createSignal('');
  const [limits, setLimits] = createSignal<Record<string, AnswerLimit>>({});
  const [qrFor, setQrFor] = createSignal<{ text: string; title: string }>();
  const links = createFormLinks();
  const eventValid = () => EVENT_ID_PATTERN.test(eventId());
  const list = () => {
    const answer = forms();
    return answer?.ok ? answer.value.forms : [];
  };
  const loadProblem = () => {
    const answer = forms();
    return answer && !answer.ok ? answer.problem : undefined;
  };
  const knownEvents = () => {
    const answer = events();
    return answer?.ok ? answer.value.events : [];
  };

  return (
    <div class="page qstaff">
      <h1 class="page__title" tabindex="-1">
        {t('forms.staff.title')}
      </h1>
      <p class="page__meta">{t('forms.staff.intro')}</p>
      <Show when={loadProblem()}>
        {(p) => (
          <p class="save-status__error" role="alert">
            {problemText(p())}
          </p>
        )}
      </Show>

      <div class="field">
        <label class="field__label" for="link-event">
          {t('forms.staff.event')}
        </label>
        <p class="field__hint" id="link-event-hint">
          {t('forms.staff.eventHint')}
        </p>
        <input
          id="link-event"
          class="field__input"
          list="link-event-options"
          autocomplete="off"
          value={eventId()}
          onInput={(e) => {
            setEventId(e.currentTarget.value.trim());
            links.forget();
          }}
          aria-describedby="link-event-hint"
        />
        <datalist id="link-event-options">
          <For each={knownEvents()}>{(event) => <option value={event.id}>{event.name}</option>}</For>
        </datalist>
      </div>

      <ul class="cards">
        <For each={list()}>
          {(form) => (
            <li class="card qstaff__form" data-testid="staff-form" data-form={form.id}>
              <h2 class="card__title qstaff__title">{form.title[language()]}</h2>
              <p class="qlink__meta">{t('forms.staff.version', { id: form.id, version: form.version })}</p>
              <Show when={!form.template} fallback={<TemplateCopy template={form} eventId={eventId()} onCreated={() => void refetch()} />}>
                <div class="field">
                  <label class="field__label" for={`limit-${form.id}`}>
                    {t('forms.staff.limit')}
                  </label>
                  <select
                    id={`limit-${form.id}`}
                    class="field__input field__select"
                    onChange={(e) => setLimits((all) => ({ ...all, [form.id]: e.currentTarget.value as AnswerLimit }))}
                    aria-describedby={`limit-${form.id}-hint`}
                  >
                    <option value="" selected>
                      {t('forms.staff.limit.keep')}
                    </option>
                    <For each={LIMITS}>{(limit) => <option value={limit.value}>{t(limit.label)}</option>}</For>
                  </select>
                  <p class="field__hint" id={`limit-${form.id}-hint`}>
                    {t('forms.staff.limitHint')}
                  </p>
                  <Show when={limits()[form.id] === 'none' && defaultAnswerLimit(form.id) !== 'none'}>
                    <p class="qlink__warning" role="alert" data-testid="limit-warning">
                      {t('forms.staff.limit.widenWarning')}
                    </p>
                  </Show>
                </div>
                <Show when={links.problems()[form.id]}>{(p) => <p class="field__error" role="alert">{problemText(p())}</p>}</Show>
                <button
                  type="button"
                  class="button button--primary"
                  disabled={!eventValid() || links.busy() === form.id}
                  onClick={() => void links.make(form.id, eventId(), limits()[form.id])}
                >
                  {t('forms.staff.makeLink')}
                </button>
                <Show when={links.links()[form.id]}>
                  {(link) => <LinkPanel form={form} link={link()} onShowQr={() => setQrFor({ text: link().qrText, title: form.title[language()] })} />}
                </Show>
                <p>
                  <a href={resultsPath(form.id)}>{t('forms.staff.allResults')}</a>
                </p>
              </Show>
            </li>
          )}
        </For>
      </ul>
      <Show when={qrFor()}>{(qr) => <QrDialog text={qr().text} title={qr().title} onClose={() => setQrFor(undefined)} />}</Show>
    </div>
  );
}
