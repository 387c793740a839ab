import '../../styles/forms.css';
import { createResource, For, Match, Show, Switch } from 'solid-js';
import { TopicCommitmentLinks } from '../../components/commitments/topic-commitment-links';
import { fetchResults, type QuestionResult } from '../../state/forms/staff-api';
import { fetchFormTitle } from '../../state/forms/form-title';
import { usePublicEvent } from '../../state/events/public-event';
import { formatDateRange } from '../../state/events/event-format';
import { formatCount, language, problemText, t } from '../../state/language';
import { EntityHeading } from '../../components/print/entity-heading';

function CountTable(props: { question: QuestionResult; rows: { label: string; value: string }[]; valueHeading: string }) {
  return (
    <table class="qtable">
      <caption class="visually-hidden">{props.question.label[language()]}</caption>
      <thead>
        <tr>
          <th scope="col">{t('forms.results.option')}</th>
          <th scope="col">{props.valueHeading}</th>
        </tr>
      </thead>
      <tbody>
        <For each={props.rows}>
          {(row) => (
            <tr>
              <th scope="row">{row.label}</th>
              <td>{row.value}</td>
            </tr>
          )}
        </For>
      </tbody>
    </table>
  );
}

function QuestionView(props: { question: QuestionResult; eventId?: string | undefined }) {
  const q = () => props.question;
  const n = (value: number | null | undefined) => (value === null || value === undefined ? '—' : formatCount(value));
  return (
    <section class="card qresult" aria-labelledby={`r-${q().fieldId}`}>
      <h2 class="card__title" id={`r-${q().fieldId}`}>
        {q().label[language()]}
      </h2>
      <p class="qlink__meta">{t('forms.results.answered', { count: formatCount(q().answered) })}</p>
      <Switch>
        <Match when={q().kind === 'ranking'}>
          <CountTable question={q()} valueHeading={t('forms.results.points')} rows={(q().options ?? []).map((o) => ({ label: o.label[language()], value: t('forms.results.pointsValue', { points: n(o.points), first: n(o.firstChoices) }) }))} />
          <Show when={props.eventId}>{(eventId) => <TopicCommitmentLinks eventId={eventId()} topics={(q().options ?? []).map((o) => ({ value: o.value, label: o.label[language()] }))} />}</Show>
        </Match>
        <Match when={q().options}>
          {(options) => <CountTable question={q()} valueHeading={t('forms.results.count')} rows={options().map((o) => ({ label: o.label[language()], value: n(o.count) }))} />}
        </Match>
        <Match when={q().kind === 'yes-no'}>
          <CountTable question={q()} valueHeading={t('forms.results.count')} rows={[{ label: t('forms.yes'), value: n(q().yes) }, { label: t('forms.no'), value: n(q().no) }]} />
        </Match>
        <Match when={q().kind === 'rating'}>
          <p>{t('forms.results.mean', { mean: n(q().mean) })}</p>
          <CountTable question={q()} valueHeading={t('forms.results.count')} rows={(q().distribution ?? []).map((d) => ({ label: String(d.value), value: n(d.count) }))} />
        </Match>
        <Match when={q().kind === 'number'}>
          <p>{t('forms.results.numbers', { mean: n(q().mean), min: n(q().min), max: n(q().max) })}</p>
        </Match>
      </Switch>
    </section>
  );
}

/** /formularios/:formId/resultados[/:eventId] — per-question tables of a form's answers (all versions). */
export default function ResultsRoute(props: { params: Record<string, string> }) {
  const [results] = createResource(() => fetchResults(props.params.formId ?? '', props.params.eventId));
  // Names, not ids: the form's title and the event's name, date and place (both public reads).
  const [title] = createResource(() => fetchFormTitle(props.params.formId ?? ''));
  const event = props.params.eventId ? usePublicEvent(() => props.params.eventId!) : () => undefined;
  const value = () => {
    const r = results();
    return r?.ok ? r.value : undefined;
  };
  const problem = () => {
    const r = results();
    return r && !r.ok ? r.problem : undefined;
  };
  return (
    <div class="page qstaff">
      <EntityHeading />
      <h1 class="page__title" tabindex="-1">
        {t('forms.results.title', { form: title()?.[language()] ?? props.params.formId ?? '' })}
      </h1>
      <p class="page__meta" data-testid="results-event">
        <Show when={props.params.eventId} fallback={t('forms.results.allEvents')}>
          <Show when={event()} fallback={t('forms.results.ofEvent', { event: props.params.eventId ?? '' })}>
            {(e) => (
              <>
                {t('forms.results.ofEvent', { event: e().name })}
                <br />
                {formatDateRange(e().startsAt, e().endsAt)}
                <Show when={e().place}> · {e().place}</Show>
              </>
            )}
          </Show>
        </Show>
      </p>
      <Show when={problem()}>{(p) => <p class="save-status__error" role="alert">{problemText(p())}</p>}</Show>
      <Show when={value()} fallback={<Show when={!problem()}><p role="status">{t('forms.loading')}</p></Show>}>
        {(r) => (
          <>
            <p class="qresult__total" data-testid="results-total">
              {t('forms.results.submissions', { count: formatCount(r().submissions) })}
            </p>
            <For each={r().questions}>{(question) => <QuestionView question={question} eventId={props.params.eventId} />}</For>
          </>
        )}
      </Show>
      <p>
        <a href="/formularios">{t('forms.results.back')}</a>
      </p>
    </div>
  );
}
