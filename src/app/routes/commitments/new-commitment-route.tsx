import '../../styles/commitments.css';
import { onMount, Show } from 'solid-js';
import { CommitmentFormView } from '../../components/commitments/commitment-form-view';
import { createCommitmentForm } from '../../state/commitments/commitment-form';
import { commitmentLabel } from '../../state/commitments/commitment-labels';
import { language, problemText, t } from '../../state/language';
import { navigate, search } from '../../state/router';
import { focusFirstInvalid } from '../../components/field-frame';

/** /compromisos/nuevo[?evento=…][&pregunta=<case>][&tema=<code>] — a new commitment, typed or pre-filled. */
export default function NewCommitmentRoute() {
  const params = new URLSearchParams(search());
  const form = createCommitmentForm({ event: params.get('evento') ?? undefined, entry: params.get('pregunta') ?? undefined, topic: params.get('tema') ?? undefined });
  onMount(() => void form.load());
  const topicOrigin = () => (form.origin.kind === 'priorizacion' ? form.origin.topic : undefined);
  const save = async () => {
    const outcome = await form.submit();
    if (outcome.kind === 'saved') navigate(`/compromisos/${encodeURIComponent(outcome.item.id)}`);
    else if (outcome.kind === 'invalid') focusFirstInvalid(document.querySelector('.cform'));
  };
  return (
    <div class="page cpage">
      <h1 id="commitment-form-title" class="page__title" tabindex="-1">
        {t('commitments.form.title')}
      </h1>
      <Show when={form.origin.kind === 'escuchadero'}>
        <p class="page__meta">{t('commitments.form.fromAnswerIntro')}</p>
      </Show>
      <Show when={topicOrigin()}>{(topic) => <p class="page__meta">{t('commitments.form.fromTopicIntro', { topic: commitmentLabel('topic', topic(), language()) })}</p>}</Show>
      <Show when={form.question()}>
        {(q) => (
          <div class="card cquestion" data-testid="commitment-question">
            <p class="cquestion__label">{t('commitments.form.question')}</p>
            <p class="qtrack__text">{q().text}</p>
            <Show when={q().answer}>
              {(answer) => (
                <>
                  <p class="cquestion__label">{t('commitments.form.answer')}</p>
                  <p class="qtrack__text">{answer()}</p>
                </>
              )}
            </Show>
          </div>
        )}
      </Show>
      <Show when={form.prefillProblem()}>{(p) => <p class="save-status__error" role="alert">{problemText(p())}</p>}</Show>
      <Show when={form.caseMissing()}>
        <p class="save-status__error" role="alert">
          {t('commitments.form.caseMissing')}
        </p>
      </Show>
      <CommitmentFormView form={form} onSubmit={() => void save()} />
    </div>
  );
}
