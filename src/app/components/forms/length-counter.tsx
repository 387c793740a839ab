import { Show } from 'solid-js';
import { countText, language, t } from '../../state/language';

/** Within this share of the limit, screen readers hear how many characters are left (not at every key). */
const NEAR_LIMIT = 0.9;

/**
 * "120 de 2.000 caracteres" under a long answer, from the first character; over the limit it says so
 * instead of cutting the text (a paste longer than the limit stays whole, for the person to shorten).
 * Counts what the form's schema counts: the text without surrounding spaces.
 */
export function LengthCounter(props: { id: string; text: string; max: number }) {
  const used = () => props.text.trim().length;
  const over = () => used() > props.max;
  const near = () => used() >= props.max * NEAR_LIMIT;
  // Whole numbers written without Intl (see countText): the counter is on the form's first paint.
  const count = (n: number) => countText(n, language());
  const numbers = () => ({ count: count(used()), max: count(props.max), left: count(Math.max(0, props.max - used())), extra: count(used() - props.max) });
  return (
    <>
      <p id={props.id} class="qcount" classList={{ 'qcount--over': over() }} data-testid="length-counter" data-over={over() ? 'true' : 'false'}>
        {over() ? t('forms.length.over', numbers()) : t('forms.length.count', numbers())}
      </p>
      <p class="visually-hidden" aria-live="polite">
        <Show when={near()}>{over() ? t('forms.length.over', numbers()) : t('forms.length.left', numbers())}</Show>
      </p>
    </>
  );
}
