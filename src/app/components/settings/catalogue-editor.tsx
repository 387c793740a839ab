import { For, Show } from 'solid-js';
import type { CatalogueName, SettingsDraft } from '../../state/settings/settings-draft';
import { fileText } from '../../state/settings/settings-files';
import { t } from '../../state/language';

export interface CatalogueEditorProps {
  draft: SettingsDraft;
  name: CatalogueName;
  title: string;
  hint: string;
  /** Two-level lists show the "belongs to" column. */
  twoLevel: boolean;
}

/** One list of the settings: edited row by row on screen, or replaced at once from a CSV (all or nothing). */
export function CatalogueEditor(props: CatalogueEditorProps) {
  const id = (part: string) => `settings-${props.name}-${part}`;
  const issues = () => (props.draft.importIssues()?.catalogue === props.name ? props.draft.importIssues()!.issues : []);
  const imported = () => (props.draft.imported()?.catalogue === props.name ? props.draft.imported()!.count : undefined);
  async function chosen(input: HTMLInputElement) {
    const file = input.files?.[0];
    if (file) props.draft.importCsv(props.name, await fileText(file));
    input.value = ''; // the same file again (after fixing it) must fire a change
  }
  return (
    <section class="card settings-section" aria-labelledby={id('title')} data-testid={id('section')}>
      <h2 id={id('title')} class="card__title">
        {props.title}
      </h2>
      <p class="field__hint">{props.hint}</p>
      <p class="page__meta" data-testid={id('count')}>
        {t('settings.entries', { count: props.draft.entries(props.name).length })}
      </p>
      <div class="settings-table" role="region" aria-labelledby={id('title')} tabindex="0">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('settings.code')}</th>
              <th scope="col">{t('settings.name')}</th>
              <th scope="col">{t('settings.kind')}</th>
              <Show when={props.twoLevel}>
                <th scope="col">{t('settings.parent')}</th>
              </Show>
              <th scope="col">
                <span class="visually-hidden">{t('settings.removeEntry', { code: '' })}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            <For each={props.draft.entries(props.name)}>
              {(entry, i) => (
                <tr>
                  <td>
                    <input class="field__input" aria-label={`${t('settings.code')} ${i() + 1}`} value={entry.code} onChange={(e) => props.draft.setEntry(props.name, i(), 'code', e.currentTarget.value)} />
                  </td>
                  <td>
                    <input class="field__input" aria-label={`${t('settings.name')} ${i() + 1}`} value={entry.name} onChange={(e) => props.draft.setEntry(props.name, i(), 'name', e.currentTarget.value)} />
                  </td>
                  <td>
                    <input class="field__input" aria-label={`${t('settings.kind')} ${i() + 1}`} value={entry.kind ?? ''} onChange={(e) => props.draft.setEntry(props.name, i(), 'kind', e.currentTarget.value)} />
                  </td>
                  <Show when={props.twoLevel}>
                    <td>
                      <input class="field__input" aria-label={`${t('settings.parent')} ${i() + 1}`} value={entry.parent ?? ''} onChange={(e) => props.draft.setEntry(props.name, i(), 'parent', e.currentTarget.value)} />
                    </td>
                  </Show>
                  <td>
                    <button type="button" class="button button--secondary settings-remove" aria-label={t('settings.removeEntry', { code: entry.code })} onClick={() => props.draft.removeEntry(props.name, i())}>
                      ×
                    </button>
                  </td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </div>
      <div class="settings-actions">
        <button type="button" class="button button--secondary" onClick={() => props.draft.addEntry(props.name)}>
          {t('settings.addEntry')}
        </button>
        {/* The input stays in the tab order (visually hidden); its label is the button people see and click. */}
        <input id={id('csv')} class="visually-hidden settings-file-input" type="file" accept=".csv,text/csv,text/plain" aria-describedby={id('csv-hint')} onChange={(e) => void chosen(e.currentTarget)} />
        <label class="button button--secondary" for={id('csv')}>
          {t('settings.importCsv')}
        </label>
      </div>
      <p id={id('csv-hint')} class="field__hint">
        {t('settings.importHint')}
      </p>
      <div role="status">
        <Show when={imported() !== undefined}>
          <p class="save-status__ok">{t('settings.imported', { count: imported()! })}</p>
        </Show>
      </div>
      <Show when={issues().length > 0}>
        <div class="save-status__error" role="alert" data-testid={id('import-errors')}>
          <p>{t('settings.importRefused')}</p>
          <ul>
            <For each={issues()}>{(issue) => <li>{issue.message}</li>}</For>
          </ul>
        </div>
      </Show>
    </section>
  );
}
