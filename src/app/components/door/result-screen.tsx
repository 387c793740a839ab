import { Show, createEffect, onCleanup } from 'solid-js';
import { colourOf } from '../../state/door/door-outcome';
import type { ResultOutcome } from '../../state/door/door-screen';
import { resultTexts } from '../../state/door/door-texts';
import { t } from '../../state/language';

// Long enough to read a name, short enough for the queue (pretixSCAN's rhythm); red waits a bit longer.
const SHOW_MS = { green: 2_000, yellow: 3_000, red: 3_500 } as const;
const ICON = { green: '✓', yellow: '!', red: '✕' } as const;

/**
 * pretixSCAN's result screen: the whole screen green, yellow or red, big text, then back to scanning by
 * itself (or on a tap). Focus moves to it so screen readers announce it, and returns afterwards.
 */
export function ResultScreen(props: {
  outcome: ResultOutcome | undefined;
  onDismiss: () => void;
  onManual: () => void;
  /** Undo the admission on show (green only; the door keeps offering it for a few seconds after). */
  onUndo?: () => void;
  /** A key typed while the result shows: a barcode reader (a keyboard) already sending the next person. */
  onTyping?: (key: string) => void;
}) {
  let heading: HTMLHeadingElement | undefined;
  createEffect(() => {
    const outcome = props.outcome;
    if (!outcome) return;
    const returnTo = document.activeElement as HTMLElement | null;
    queueMicrotask(() => heading?.focus());
    requestAnimationFrame(() => performance.mark?.('door:result-painted'));
    const timer = setTimeout(props.onDismiss, SHOW_MS[colourOf(outcome)!]);
    onCleanup(() => {
      clearTimeout(timer);
      if (returnTo?.isConnected) returnTo.focus();
    });
  });
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape' || event.key === 'Enter') props.onDismiss();
    else if (props.onTyping && event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      props.onTyping(event.key);
    }
  };
  return (
    <Show when={props.outcome}>
      {(outcome) => {
        const colour = () => colourOf(outcome())!;
        const texts = () => resultTexts(outcome());
        return (
          <div
            class={`result result--${colour()}`}
            role="dialog"
            aria-modal="true"
            aria-labelledby="result-title"
            aria-describedby="result-detail"
            data-testid="door-result"
            data-colour={colour()}
            onClick={() => props.onDismiss()}
            onKeyDown={onKey}
          >
            <div class="result__icon" aria-hidden="true">
              {ICON[colour()]}
            </div>
            <h2 id="result-title" class="result__title" tabindex="-1" ref={heading}>
              {texts().title}
            </h2>
            <Show when={texts().name}>
              <p class="result__name" data-testid="result-name">
                {texts().name}
              </p>
            </Show>
            <p id="result-detail" class="result__detail">
              {texts().detail}
            </p>
            <Show when={props.onUndo && colour() === 'green'}>
              <button
                type="button"
                class="button result__action"
                data-testid="result-undo"
                onClick={(event) => {
                  event.stopPropagation();
                  props.onUndo?.();
                }}
              >
                {t('door.undo.button')}
              </button>
            </Show>
            <Show when={colour() === 'red'}>
              <button
                type="button"
                class="button result__action"
                onClick={(event) => {
                  event.stopPropagation();
                  props.onManual();
                }}
              >
                {t('door.manualEntry')}
              </button>
            </Show>
            <p class="result__hint">{t('door.result.tapToContinue')}</p>
          </div>
        );
      }}
    </Show>
  );
}
