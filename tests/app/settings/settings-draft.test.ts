import { describe, expect, it } from 'vitest';
import { createRoot } from 'solid-js';
import { presets } from '../../../src/core/settings/presets';
import { adoptSettings } from '../../../src/app/state/settings/entity-settings';
import { createSettingsDraft } from '../../../src/app/state/settings/settings-draft';

adoptSettings({ version: 2, savedAt: '2026-12-01T00:00:00.000Z', settings: presets.cartagena });
const draftOf = () => createRoot(() => createSettingsDraft());

describe('the settings draft', () => {
  it('imports a valid CSV over one list, and a file with one bad row changes nothing and says which lines', () => {
    const draft = draftOf();
    draft.importCsv('territories', 'codigo;nombre;tipo;padre\nL1;Localidad 1;localidad;\nB1;Barrio;barrio;L9\nB2;;barrio;L1\n');
    expect(draft.entries('territories')).toHaveLength(22);
    expect(draft.importIssues()?.issues.map((i) => i.path)).toEqual(['linea.3.parent', 'linea.4.name']);

    draft.importCsv('territories', 'codigo;nombre;tipo;padre\nL1;Localidad 1;localidad;\nB1;Getsemaní;barrio;L1\n');
    expect(draft.importIssues()).toBeUndefined();
    expect(draft.entries('territories').map((e) => e.code)).toEqual(['L1', 'B1']);
    expect(draft.imported()).toEqual({ catalogue: 'territories', count: 2 });
    // Only the draft: what the device knows stays as saved until "Guardar".
    expect(presets.cartagena.territories.entries).toHaveLength(22);
  });

  it('a new notice version keeps the one people accepted and edits a copy; back to the old version drops the copy', () => {
    const draft = draftOf();
    const saved = presets.cartagena.privacyNotices.notices;
    draft.setNotice('version', '2027-1');
    draft.setNotice('text', 'Primer párrafo.\n\nSegundo párrafo.');
    const notices = draft.draft.privacyNotices.notices;
    expect(notices.map((n) => n.version)).toEqual([...saved.map((n) => n.version), '2027-1']);
    expect(notices[notices.length - 1]!.es.paragraphs).toEqual(['Primer párrafo.', 'Segundo párrafo.']);
    expect(notices[0]!.es.paragraphs).toEqual(saved[0]!.es.paragraphs);
    draft.setNotice('version', saved[saved.length - 1]!.version);
    expect(draft.draft.privacyNotices.notices).toHaveLength(saved.length);
  });

  it('the English title and text of the notice are edited apart from the Spanish ones', () => {
    const draft = draftOf();
    const saved = presets.cartagena.privacyNotices.notices;
    const savedLatest = saved[saved.length - 1]!;
    draft.setNotice('version', '2027-2');
    draft.setNotice('title', 'Personal data notice', 'en');
    draft.setNotice('text', 'First paragraph.\n\nSecond paragraph.', 'en');
    const latest = draft.draft.privacyNotices.notices.at(-1)!;
    expect(latest.en.title).toBe('Personal data notice');
    expect(latest.en.paragraphs).toEqual(['First paragraph.', 'Second paragraph.']);
    // The Spanish text of the copy is untouched, and so is the English text of the version people accepted.
    expect(latest.es).toEqual(savedLatest.es);
    expect(draft.draft.privacyNotices.notices.at(-2)!.en).toEqual(savedLatest.en);
  });

  it('an empty NIT or DIVIPOLA means none, not an invalid code', () => {
    const draft = draftOf();
    draft.setText('nit', '  ');
    draft.setText('divipola', '13001 ');
    expect('nit' in draft.draft).toBe(false);
    expect(draft.draft.divipola).toBe('13001');
  });
});
