import { createSignal } from 'solid-js';
import { createStore, produce, unwrap } from 'solid-js/store';
import { importCatalogueCsv } from '../../../core/catalogues/catalogue-csv';
import type { FieldIssue, Problem } from '../../../core/problems/problem';
import type { EntitySettings } from '../../../core/settings/entity-settings';
import { currentSettings, knownSettings } from './entity-settings';
import { refreshSettings, saveSettings } from './settings-load';

export type CatalogueName = 'territories' | 'topics' | 'offices';
export type EntryField = 'code' | 'name' | 'kind' | 'parent';
type DraftEntry = { code: string; name: string; kind?: string; parent?: string; nameEn?: string };

/** The logo is stored inside the settings: 200 KB of image (the schema's limit on its base64 text). */
export const MAX_LOGO_BYTES = 200 * 1024;

/**
 * The settings screen's working copy: nothing reaches the server until "Guardar", and a CSV import replaces one
 * list of the draft only when the whole file is valid (otherwise its errors by line, and the draft unchanged).
 */
export function createSettingsDraft() {
  const [draft, setDraft] = createStore<EntitySettings>(structuredClone(currentSettings().settings));
  const [problem, setProblem] = createSignal<Problem>();
  const [importIssues, setImportIssues] = createSignal<{ catalogue: CatalogueName; issues: FieldIssue[] }>();
  const [imported, setImported] = createSignal<{ catalogue: CatalogueName; count: number }>();
  const [saved, setSaved] = createSignal<number>();
  const [busy, setBusy] = createSignal(false);
  const [loaded, setLoaded] = createSignal(knownSettings() !== undefined);

  /** The server's latest settings, when online (the cached ones meanwhile). */
  async function load(): Promise<void> {
    await refreshSettings();
    const latest = structuredClone(currentSettings().settings);
    // Top-level keys replace the draft's; optional ones the server does not have are removed.
    setDraft(produce((d) => {
      for (const key of ['nit', 'divipola', 'logo'] as const) delete d[key];
      Object.assign(d, latest);
    }));
    setLoaded(true);
  }

  const entries = (name: CatalogueName) => draft[name].entries as DraftEntry[];

  return {
    draft,
    problem,
    importIssues,
    imported,
    saved,
    busy,
    loaded,
    load,
    entries,
    setText(field: 'entityName' | 'municipality' | 'nit' | 'divipola', value: string) {
      const trimmed = value.trim();
      // NIT and DIVIPOLA are optional: an empty box means "none", not an invalid code.
      if ((field === 'nit' || field === 'divipola') && trimmed === '') setDraft(produce((d) => void delete d[field]));
      else setDraft(field, field === 'nit' || field === 'divipola' ? trimmed : value);
    },
    setLogo(dataUrl: string | undefined) {
      if (dataUrl === undefined) setDraft(produce((d) => void delete d.logo));
      else setDraft('logo', dataUrl);
    },
    setEntry(name: CatalogueName, index: number, field: EntryField, value: string) {
      setDraft(
        produce((d) => {
          const entry = d[name].entries[index] as DraftEntry | undefined;
          if (!entry) return;
          const trimmed = value.trim();
          if ((field === 'kind' || field === 'parent') && trimmed === '') delete entry[field];
          else entry[field] = field === 'name' ? value : trimmed;
        }),
      );
    },
    addEntry(name: CatalogueName) {
      setDraft(produce((d) => void d[name].entries.push({ code: '', name: '' })));
    },
    removeEntry(name: CatalogueName, index: number) {
      setDraft(produce((d) => void d[name].entries.splice(index, 1)));
    },
    /** All or nothing: a valid file replaces the list in the draft; any bad row leaves it as it was. */
    importCsv(name: CatalogueName, text: string) {
      const target = { id: draft[name].id, version: draft[name].version, ...(draft[name].municipality ? { municipality: draft[name].municipality } : {}) };
      const result = importCatalogueCsv(text, target);
      setSaved(undefined);
      if (!result.ok) {
        setImported(undefined);
        setImportIssues({ catalogue: name, issues: result.problem.details?.fields ?? [] });
        return;
      }
      setImportIssues(undefined);
      setDraft(produce((d) => void (d[name].entries = result.value.entries)));
      setImported({ catalogue: name, count: result.value.entries.length });
    },
    /**
     * The notice being edited is the newest one; a new version string adds a notice, the same one rewrites it.
     * Title and text are edited in Spanish or in English (`language`); the version and date are the notice's.
     */
    setNotice(field: 'version' | 'effectiveFrom' | 'title' | 'text', value: string, language: 'es' | 'en' = 'es') {
      setDraft(
        produce((d) => {
          const notices = d.privacyNotices.notices;
          const latest = notices[notices.length - 1]!;
          if (field === 'version') {
            const saved = currentSettings().settings.privacyNotices.notices;
            const savedLatest = saved[saved.length - 1]!.version;
            const copying = notices.length > saved.length;
            const trimmed = value.trim();
            // A new version keeps the old notice (people accepted it) and edits a copy; back to the old one drops it.
            if (!copying && trimmed !== savedLatest) notices.push({ ...structuredClone(unwrap(latest)), version: trimmed });
            else if (copying && trimmed === savedLatest) notices.pop();
            else latest.version = trimmed;
          } else if (field === 'effectiveFrom') latest.effectiveFrom = value;
          else if (field === 'title') latest[language].title = value;
          else latest[language].paragraphs = value.split(/\n\s*\n/).map((p) => p.trim()).filter((p) => p !== '');
        }),
      );
    },
    async save(): Promise<void> {
      setBusy(true);
      setSaved(undefined);
      try {
        // The store is a proxy: its plain value is what is sent (and cloned, so later edits do not touch it).
        const answer = await saveSettings(structuredClone(unwrap(draft)));
        setProblem(answer.ok ? undefined : answer.problem);
        if (answer.ok) setSaved(answer.value.version);
      } finally {
        setBusy(false);
      }
    },
  };
}

export type SettingsDraft = ReturnType<typeof createSettingsDraft>;
