import { Show } from 'solid-js';
import { DoorFormPanel } from '../../components/door/door-form';
import { ResultScreen } from '../../components/door/result-screen';
import { ScannerView } from '../../components/door/scanner-view';
import { SearchPanel } from '../../components/door/search-panel';
import { OfflineReadinessView } from '../../components/door/offline-readiness-view';
import { UndoBar } from '../../components/door/undo-bar';
import { EventCountersView } from '../../components/events/event-counters';
import { InterpreterAlert } from '../../components/events/interpreter-alert';
import { createOfflineReadiness } from '../../state/door/offline-readiness';
import { createDoorScreen } from '../../state/door/door-screen';
import { unlockAudio } from '../../state/door/feedback';
import { useEvent, useEventCounters } from '../../state/events/event-data';
import { problemText, t } from '../../state/language';
import '../../styles/door.css';

/**
 * /eventos/:id/puerta: check-in at the door, fully offline. Camera (pass QR or cédula), search by name or
 * document (also a hand barcode reader), or the form by hand; each ends on a full-screen result.
 */
export default function DoorRoute(props: { params: Record<string, string> }) {
  const id = () => props.params.id!;
  const door = createDoorScreen(id());
  const { loaded } = useEvent(id);
  const { counters, list, demand } = useEventCounters(id);
  const readiness = createOfflineReadiness(id);
  let search: HTMLInputElement | undefined;

  return (
    <section
      class="door"
      aria-labelledby="door-title"
      data-testid="door"
      data-ready={door.session() ? 'true' : undefined}
      // Any tap or key (a reader types too) lets the page make sound: the camera may have started without one.
      onPointerDown={unlockAudio}
      onKeyDown={unlockAudio}
    >
      <header class="door__bar">
        <a class="door__back" href={`/eventos/${encodeURIComponent(id())}`}>
          <span aria-hidden="true">←</span> {t('door.back')}
        </a>
        <h1 id="door-title" class="door__title" tabindex="-1">
          {t('door.title')}: {loaded()?.value?.name ?? id()}
        </h1>
      </header>
      <InterpreterAlert demand={demand()} booked={loaded()?.value?.lscInterpreterBooked ?? false} />
      <EventCountersView counters={counters()} compact />
      <OfflineReadinessView readiness={readiness()} registered={list()?.registered} hasKey={door.hasKey()} revoked={door.revoked()} />
      <Show when={door.revoked()}>
        <p class="banner banner--error" role="alert" data-testid="door-revoked">
          {t('door.revoked')}
        </p>
      </Show>
      <UndoBar door={door} />
      <Show when={door.failure()}>{(p) => <p class="banner banner--error" role="alert">{problemText(p())}</p>}</Show>
      <Show when={door.session() && !door.hasKey()}>
        <p class="banner banner--error" role="status">
          {t('door.noKey')}
        </p>
      </Show>
      <Show
        when={door.form()}
        keyed
        fallback={
          <>
            <ScannerView onResult={(result) => door.code(result.text, 'camera')} />
            <SearchPanel door={door} inputRef={(el) => (search = el)} />
            <button type="button" class="button button--secondary button--block" onClick={() => door.openManual()} data-testid="manual-entry">
              {t('door.manualEntry')}
            </button>
          </>
        }
      >
        {(form) => <DoorFormPanel door={door} form={form} />}
      </Show>
      <ResultScreen
        outcome={door.result()}
        onDismiss={() => {
          door.dismiss();
          if (!door.form()) search?.focus({ preventScroll: true });
        }}
        onManual={() => door.openManual()}
        onUndo={() => void door.undo()}
        onTyping={(key) => {
          // The reader's characters must not be lost to the result screen: they go on in the search field.
          door.dismiss();
          if (!search?.isConnected) return;
          search.focus({ preventScroll: true });
          search.value += key;
          search.dispatchEvent(new Event('input', { bubbles: true }));
        }}
      />
    </section>
  );
}
