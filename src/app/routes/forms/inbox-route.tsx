import '../../styles/forms.css';
import { createSignal, For, onMount, Show } from 'solid-js';
import { formatTrackingCode } from '../../../core/escuchadero/tracking-code';
import { inertText } from '../../../core/text/inert-text';
import { InputField } from '../../components/input-field';
import { SelectField } from '../../components/select-field';
import { AnswerCommitmentLink } from '../../components/commitments/answer-commitment-link';
import { AnswerPublication } from '../../components/publication/answer-publication';
import { createInbox } from '../../state/forms/inbox';
import { inboxChoices, inboxLabel, officeLabel, officeOptions } from '../../state/forms/inbox-labels';
import type { InboxItem } from '../../state/forms/staff-api';
import { formatCount, formatTime, language, problemText, t } from '../../state/language';
import { territoryLabel } from '../../state/territory-label';
import type { MessageKey } from '../../i18n';
import { Page } from '../../components/page';

const STATUS: Record<string, MessageKey> = {
  received: 'inbox.status.received',
  assigned: 'inbox.status.assigned',
  answered: 'inbox.status.answered',
  closed: 'inbox.status.closed',
};

function ItemCard(props: { item: InboxItem; inbox: ReturnType<typeof createInbox> }) {
  const [office, setOffice] = createSignal(props.item.office ?? '');
  const [answer, setAnswer] = createSignal('');
  const id = () => props.item.recordId;
  const open = () => props.item.status === 'received' || props.item.status === 'assigned';
  const busy = () => props.inbox.busy() === id();
  return (
    <li class="card qinbox__item" classList={{ 'qinbox__item--late': open() && props.item.overdue }} data-testid="inbox-item" data-code={props.item.trackingCode}>
      <h2 class="card__title qinbox__title">
        {inboxLabel('tipo', props.item.type, language())} · <span class="qinbox__code">{formatTrackingCode(props.item.trackingCode)}</span>
      </h2>
      <p class="qinbox__status" data-testid="inbox-status">
        {t(STATUS[props.item.status] ?? 'inbox.status.received')}
        <Show when={props.item.office}>{(o) => <> — {officeLabel(o(), language())}</>}</Show>
      </p>
      <Show when={open()}>
        <p class="qinbox__days">
          {t('inbox.waited', { days: formatCount(props.item.workingDaysWaited), due: props.item.dueAt })}
          <Show when={props.item.overdue}>
            {' '}
            <strong class="qbadge qbadge--late">{t('inbox.overdue')}</strong>
          </Show>
        </p>
      </Show>
      <p class="qlink__meta">
        {inboxLabel('territorio', props.item.territory, language())}
        <Show when={props.item.topic}>{(topic) => <> · {inboxLabel('tema', topic(), language())}</>}</Show> · {t('inbox.event', { event: props.item.eventId })} ·{' '}
        {formatTime(props.item.receivedAt)}
      </p>
      {/* What the citizen wrote: text nodes only, never markup, and no direction controls that reorder it. */}
      <p class="qinbox__text">{inertText(props.item.text)}</p>
      <Show when={props.item.contact}>
        {(c) => <p class="qlink__meta">{t('inbox.contact', { contact: inertText([c().name, c().email, c().phone].filter(Boolean).join(' · ')) })}</p>}
      </Show>
      <Show when={props.item.answer}>
        {(text) => (
          <div class="qinbox__answer">
            <p class="qtrack__answered">{t('inbox.answerGiven')}</p>
            <p class="qtrack__text">{inertText(text())}</p>
            <AnswerCommitmentLink eventId={props.item.eventId} recordId={props.item.recordId} />
          </div>
        )}
      </Show>
      <AnswerPublication item={props.item} />
      <Show when={props.inbox.itemProblems()[id()]}>{(p) => <p class="field__error" role="alert">{problemText(p())}</p>}</Show>
      <Show when={open()}>
        <div class="qinbox__step">
          <SelectField id={`office-${id()}`} label={t('inbox.office')} value={office()} groups={[{ options: officeOptions(language()) }]} placeholder={t('forms.choose')} onChange={setOffice} />
          <button type="button" class="button button--secondary" disabled={busy() || office() === ''} onClick={() => void props.inbox.assign(id(), office())}>
            {props.item.status === 'assigned' ? t('inbox.reassign') : t('inbox.assign')}
          </button>
        </div>
      </Show>
      <Show when={props.item.status === 'assigned'}>
        <div class="qinbox__step">
          <InputField id={`answer-${id()}`} label={t('inbox.answer')} multiline inputClass="qfield__textarea" maxLength={8000} value={answer()} onInput={setAnswer} />
          <button
            type="button"
            class="button button--primary"
            disabled={busy() || answer().trim() === ''}
            onClick={() => void props.inbox.answer(id(), answer()).then((ok) => ok && setAnswer(''))}
          >
            {t('inbox.sendAnswer')}
          </button>
        </div>
      </Show>
    </li>
  );
}

/** /escuchadero — the planning office's inbox: filter, assign to an office, answer within 15 working days. */
export default function InboxRoute() {
  const inbox = createInbox();
  const choices = () => inboxChoices(language());
  onMount(() => void inbox.load());
  const statuses = () => [{ options: (['received', 'assigned', 'answered', 'closed'] as const).map((s) => ({ value: s, label: t(STATUS[s]!) })) }];

  return (
    <Page name="inbox" title={t('inbox.title')} class="qstaff qinbox">
      <p class="page__meta">{t('inbox.intro')}</p>
      <form
        class="qinbox__filters"
        aria-label={t('inbox.filters')}
        onSubmit={(e) => {
          e.preventDefault();
          void inbox.load();
        }}
      >
        <InputField id="filter-event" label={t('inbox.filter.event')} value={inbox.filter.event} onInput={(v) => inbox.setFilter('event', v.trim())} />
        <For
          each={
            [
              ['type', () => t('inbox.filter.type')],
              ['topic', () => t('inbox.filter.topic')],
              ['territory', territoryLabel],
            ] as const
          }
        >
          {([key, label]) => (
            <SelectField id={`filter-${key}`} label={label()} value={inbox.filter[key]} groups={choices()[key]} placeholder={t('inbox.filter.all')} onChange={(v) => inbox.setFilter(key, v)} />
          )}
        </For>
        <SelectField id="filter-status" label={t('inbox.filter.status')} value={inbox.filter.status} groups={statuses()} placeholder={t('inbox.filter.all')} onChange={(v) => inbox.setFilter('status', v)} />
        <button type="submit" class="button button--primary" disabled={inbox.loading()}>
          {t('inbox.search')}
        </button>
      </form>
      <Show when={inbox.loadProblem()}>{(p) => <p class="save-status__error" role="alert">{problemText(p())}</p>}</Show>
      <p role="status" class="qinbox__count" data-testid="inbox-count">
        <Show when={inbox.items()}>{(items) => t('inbox.count', { count: formatCount(items().length) })}</Show>
      </p>
      <ul class="cards">
        <For each={inbox.items()}>{(item) => <ItemCard item={item} inbox={inbox} />}</For>
      </ul>
    </Page>
  );
}
