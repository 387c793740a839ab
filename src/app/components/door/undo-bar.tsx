import { Show } from 'solid-js';
import type { DoorScreen } from '../../state/door/door-screen';
import { t } from '../../state/language';

/**
 * The last admission, undoable for a few seconds (a mistaken tap, the wrong person on the list); then the
 * line that says it was undone. Undoing saves an undo record: nothing is deleted.
 */
export function UndoBar(props: { door: DoorScreen }) {
  return (
    <div class="undo-bar" role="status" aria-live="polite" data-testid="door-undo">
      <Show
        when={props.door.undoable()}
        fallback={
          <Show when={props.door.undone() !== undefined}>
            <p class="undo-bar__text" data-testid="door-undone">
              {props.door.undone() ? t('door.undo.done', { name: props.door.undone()! }) : t('door.undo.doneAnonymous')}
            </p>
          </Show>
        }
      >
        {(last) => (
          <>
            <p class="undo-bar__text">{last().anonymous || !last().name ? t('door.undo.lastAnonymous') : t('door.undo.last', { name: last().name })}</p>
            <button
              type="button"
              class="button button--secondary undo-bar__button"
              disabled={props.door.busy()}
              aria-label={t('door.undo.buttonLabel', { name: last().anonymous || !last().name ? t('door.undo.lastAnonymous') : last().name })}
              data-testid="door-undo-button"
              onClick={() => void props.door.undo()}
            >
              {t('door.undo.button')}
            </button>
          </>
        )}
      </Show>
    </div>
  );
}
