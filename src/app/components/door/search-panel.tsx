import { For, Show, createMemo, createSignal } from 'solid-js';
import type { DoorScreen } from '../../state/door/door-screen';
import type { SearchHit } from '../../state/door/door-search';
import { formatTime, t } from '../../state/language';

/** A registered attendee not yet in: the one kind of hit with an "Admitir" button. */
const admittable = (hit: SearchHit) => (hit.kind === 'attendee' && !hit.checkedIn ? hit : undefined);
/** The check-in that already lets this person in, if any. */
const doneOf = (hit: SearchHit) => (hit.kind === 'attendee' ? hit.checkedIn : hit.checkIn);

/**
 * Find someone by name or document, by hand. The same input takes USB and Bluetooth barcode readers, which
 * type the code and press Enter: a pass or a cédula typed that way is handled like a camera scan.
 */
export function SearchPanel(props: { door: DoorScreen; inputRef?: (el: HTMLInputElement) => void }) {
  const [query, setQuery] = createSignal('');
  const hits = createMemo(() => (props.door.isCode(query()) ? [] : props.door.search(query())));
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    const text = (event.currentTarget as HTMLInputElement).value;
    // A pass or cédula from a reader, or a document number; not taken (a result showing): Enter again takes it.
    const taken = props.door.isCode(text)
      ? props.door.code(text, 'reader')
      : props.door.isDocumentNumber(text) && props.door.documentNumber(text);
    if (!taken) return;
    setQuery('');
    (event.currentTarget as HTMLInputElement).value = '';
  };
  return (
    <section class="door-search" aria-labelledby="search-title">
      <h2 id="search-title" class="door-search__title">
        <label for="door-search-input">{t('door.search.label')}</label>
      </h2>
      <p id="door-search-hint" class="field__hint">
        {t('door.search.hint')}
      </p>
      <input
        id="door-search-input"
        ref={props.inputRef}
        class="field__input"
        type="search"
        autocomplete="off"
        autocapitalize="off"
        spellcheck={false}
        enterkeyhint="search"
        aria-describedby="door-search-hint"
        aria-controls="door-search-results"
        value={query()}
        onInput={(event) => setQuery(event.currentTarget.value)}
        onKeyDown={onKeyDown}
        data-testid="door-search"
      />
      <div id="door-search-results" aria-live="polite">
        <Show when={query().trim() !== '' && !props.door.isCode(query())}>
          <Show when={hits().length > 0} fallback={<p class="door-search__empty">{t('door.search.none')}</p>}>
            <ul class="hits" data-testid="search-hits">
              <For each={hits()}>
                {(hit) => (
                  <li class="hit">
                    <span class="hit__name">{hit.name}</span>
                    <Show
                      when={admittable(hit)}
                      fallback={
                        <Show when={doneOf(hit)}>
                          {(done) => (
                            <span class="hit__done">
                              {t('door.search.already', { time: formatTime(done().checkedInAt), device: props.door.deviceText(done().deviceId, done().local) })}
                            </span>
                          )}
                        </Show>
                      }
                    >
                      {(attendee) => (
                        <button
                          type="button"
                          class="button button--primary hit__admit"
                          aria-label={t('door.search.admitOf', { name: attendee().name })}
                          onClick={() => {
                            // Admitted at once now (no form in between): the next person starts from an empty field.
                            setQuery('');
                            void props.door.admit(attendee().attendeeId);
                          }}
                        >
                          {t('door.search.admit')}
                        </button>
                      )}
                    </Show>
                  </li>
                )}
              </For>
            </ul>
          </Show>
        </Show>
      </div>
    </section>
  );
}
