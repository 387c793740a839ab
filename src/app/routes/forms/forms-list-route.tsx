import '../../styles/forms.css';
import { createResource, createSignal, For, Show } from 'solid-js';
import type { FormDefinition } from '../../../core/forms';
import { defaultAnswerLimit } from '../../../core/forms/answer-limit';
import { EVENT_ID_PATTERN } from '../../../core/events/event';
import { QrDialog } from '../../components/forms/qr-dialog';
import { FormLinkPanel } from '../../components/forms/form-link-panel';
import { TemplateCopy } from '../../components/forms/template-copy';
import { InputField } from '../../components/input-field';
import { SelectField } from '../../components/select-field';
import { copyIdOf, createFormLinks, resultsPath } from '../../state/forms/form-links';
import { fetchEventList, fetchForms, type AnswerLimit } from '../../state/forms/staff-api';
import { language, problemText, t } from '../../state/language';
import type { MessageKey } from '../../i18n';
import { Page } from '../../components/page';

const LIMITS: { value: AnswerLimit; label: MessageKey }[] = [
  { value: 'none', label: 'forms.staff.limit.none' },
  { value: 'perPerson', label: 'forms.staff.limit.perPerson' },
  { value: 'perDevice', label: 'forms.staff.limit.perDevice' },
];

/** "Respuestas admitidas" of one form card; the warning when a counted form is opened to every submission. */
function LimitField(props: { formId: string; value: AnswerLimit | undefined; onChange: (limit: AnswerLimit | undefined) => void }) {
  return (
    <SelectField
      id={`limit-${props.formId}`}
      label={t('forms.staff.limit')}
      hint={t('forms.staff.limitHint')}
      value={props.value ?? ''}
      groups={[{ options: LIMITS.map((limit) => ({ value: limit.value, label: t(limit.label) })) }]}
      placeholder={t('forms.staff.limit.keep')}
      onChange={(value) => props.onChange((value || undefined) as AnswerLimit | undefined)}
    >
      <Show when={props.value === 'none' && defaultAnswerLimit(props.formId) !== 'none'}>
        <p class="qlink__warning" role="alert" data-testid="limit-warning">
          {t('forms.staff.limit.widenWarning')}
        </p>
      </Show>
    </SelectField>
  );
}

/**
 * /formularios — the planning office's forms for an event: each form's signed link, QR, poster, answer limit and
 * answers so far, listed again after a reload (GET /api/v1/form-links), closable. A template (the urna virtual)
 * gets its event's copy and link in one step.
 */
export default function FormsListRoute() {
  const [forms, { refetch }] = createResource(fetchForms);
  const [events] = createResource(fetchEventList);
  const [eventId, setEventId] = createSignal('');
  const [limits, setLimits] = createSignal<Record<string, AnswerLimit | undefined>>({});
  const [qrFor, setQrFor] = createSignal<{ text: string; title: string }>();
  const links = createFormLinks(eventId);
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
  const chosenEvent = () => knownEvents().find((e) => e.id === eventId());
  const eventChosen = () => EVENT_ID_PATTERN.test(eventId());
  const setLimit = (formId: string, limit: AnswerLimit | undefined) => setLimits((all) => ({ ...all, [formId]: limit }));
  const copyOf = (template: FormDefinition) => list().find((f) => f.id === copyIdOf(template, eventId()));

  return (
    <Page name="forms-staff" title={t('forms.staff.title')} class="qstaff">
      <p class="page__meta">{t('forms.staff.intro')}</p>
      <Show when={loadProblem() ?? links.listProblem()}>
        {(p) => (
          <p class="save-status__error" role="alert">
            {problemText(p())}
          </p>
        )}
      </Show>

      <InputField
        id="link-event"
        label={t('forms.staff.event')}
        hint={t('forms.staff.eventHint')}
        list="link-event-options"
        value={eventId()}
        onInput={(value) => setEventId(value.trim())}
      >
        <datalist id="link-event-options">
          <For each={knownEvents()}>{(event) => <option value={event.id}>{event.name}</option>}</For>
        </datalist>
        <Show when={chosenEvent()}>
          {(event) => (
            <p class="qlink__event" data-testid="link-event-name">
              {event().name}
            </p>
          )}
        </Show>
      </InputField>

      <ul class="cards">
        <For each={list()}>
          {(form) => (
            <li class="card qstaff__form" id={`form-${form.id}`} data-testid="staff-form" data-form={form.id}>
              <h2 class="card__title qstaff__title">{form.title[language()]}</h2>
              <p class="qlink__meta">{t('forms.staff.version', { id: form.id, version: form.version })}</p>
              <LimitField formId={form.id} value={limits()[form.id]} onChange={(limit) => setLimit(form.id, limit)} />
              <Show when={links.problems()[form.id]}>{(p) => <p class="field__error" role="alert">{problemText(p())}</p>}</Show>
              <Show
                when={!form.template}
                fallback={
                  <>
                    <p>{t('forms.staff.templateOneStep')}</p>
                    <button
                      type="button"
                      class="button button--primary"
                      disabled={!eventChosen() || links.busy() === form.id}
                      onClick={() => void links.makeFromTemplate(form, chosenEvent()?.name, list(), limits()[form.id], () => void refetch())}
                    >
                      {t('forms.staff.makeLink')}
                    </button>
                    <Show when={eventChosen() && copyOf(form)}>
                      {(copy) => (
                        <p data-testid="template-copy-made">
                          <a href={`#form-${copy().id}`}>{t('forms.staff.copyMade', { title: copy().title[language()] })}</a>
                        </p>
                      )}
                    </Show>
                    <details class="qcopy__more">
                      <summary>{t('forms.staff.copyOther')}</summary>
                      <TemplateCopy template={form} eventId={eventId()} onCreated={() => void refetch()} />
                    </details>
                  </>
                }
              >
                <button
                  type="button"
                  class="button button--primary"
                  disabled={!eventChosen() || links.busy() === form.id}
                  onClick={() => void links.make(form.id, limits()[form.id])}
                >
                  {t(links.linkOf(form.id) ? 'forms.staff.updateLink' : 'forms.staff.makeLink')}
                </button>
                <Show when={links.linkOf(form.id)}>
                  {(link) => (
                    <FormLinkPanel
                      link={link()}
                      busy={links.busy() === form.id}
                      onShowQr={() => setQrFor({ text: link().qrText, title: form.title[language()] })}
                      onClose={() => void links.close(form.id)}
                    />
                  )}
                </Show>
              </Show>
              <p>
                <a href={resultsPath(form.id)}>{t('forms.staff.allResults')}</a>
              </p>
            </li>
          )}
        </For>
      </ul>
      <Show when={qrFor()}>{(qr) => <QrDialog text={qr().text} title={qr().title} onClose={() => setQrFor(undefined)} />}</Show>
    </Page>
  );
}
