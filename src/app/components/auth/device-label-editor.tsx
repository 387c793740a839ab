import { createSignal, Show } from 'solid-js';
import { t } from '../../state/language';
import { InputField } from '../input-field';

/** Renames a device in place: the name shows in lists and exports instead of its random id. */
export function DeviceLabelEditor(props: { deviceId: string; label: string; busy: boolean; onSave: (label: string) => Promise<boolean> }) {
  const [editing, setEditing] = createSignal(false);
  const [value, setValue] = createSignal('');
  const inputId = () => `rename-${props.deviceId}`;
  const open = () => {
    setValue(props.label);
    setEditing(true);
  };
  const save = async (event: SubmitEvent) => {
    event.preventDefault();
    if (await props.onSave(value().trim())) setEditing(false);
  };
  return (
    <Show
      when={editing()}
      fallback={
        <button type="button" class="button button--secondary" aria-label={t('auth.devices.renameOf', { label: props.label })} onClick={open}>
          {t('auth.devices.rename')}
        </button>
      }
    >
      <form class="device-card__rename" onSubmit={(e) => void save(e)}>
        <InputField id={inputId()} label={t('auth.devices.label')} value={value()} maxLength={80} onInput={setValue} required />
        <button type="submit" class="button button--primary" disabled={props.busy || value().trim() === ''}>
          {t('auth.devices.saveName')}
        </button>
        <button type="button" class="button button--secondary" onClick={() => setEditing(false)}>
          {t('auth.devices.cancel')}
        </button>
      </form>
    </Show>
  );
}
