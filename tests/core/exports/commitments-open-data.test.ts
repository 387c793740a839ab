import { describe, expect, it } from 'vitest';
import { commitmentsOpenData } from '../../../src/core/exports/commitments-open-data';
import { openDataFiles } from '../../../src/core/exports/open-data-table';
import type { PublicCommitment } from '../../../src/core/publication';

const commitment = (over: Partial<PublicCommitment> = {}): PublicCommitment => ({
  id: '01a2',
  eventId: 'audiencia-2026',
  title: 'Cambiar las luminarias del parque',
  office: 'infraestructura',
  dueDate: '2027-02-28',
  status: 'en_curso',
  percent: 60,
  updates: [
    { date: '2026-12-20', percent: 60, text: 'Instalación en curso.' },
    { date: '2026-12-01', percent: 20, text: 'Compradas.' },
  ],
  ...over,
});

describe('commitments as open data', () => {
  it('writes one row per commitment with the latest progress date, and a dictionary of every column', () => {
    const files = openDataFiles(commitmentsOpenData([commitment(), commitment({ id: '01a3', territory: '03', topic: '3.1', updates: [], status: 'pendiente', percent: 0 })]));
    expect(files.ok).toBe(true);
    if (!files.ok) return;
    const [header, first, second] = files.value.data.trim().split(/\r?\n/);
    expect(header).toBe('id_compromiso,id_evento,compromiso,dependencia,territorio,tema_plan,fecha_limite,estado,avance_porcentaje,fecha_ultimo_avance');
    expect(first).toBe('01a2,audiencia-2026,Cambiar las luminarias del parque,infraestructura,,,2027-02-28,en_curso,60,2026-12-20');
    expect(second).toBe('01a3,audiencia-2026,Cambiar las luminarias del parque,infraestructura,03,3.1,2027-02-28,pendiente,0,');
    expect(files.value.dictionary.trim().split(/\r?\n/)).toHaveLength(11);
  });

  it('neutralises a title that a spreadsheet would run as a formula', () => {
    const files = openDataFiles(commitmentsOpenData([commitment({ title: '=HYPERLINK("x")' })]));
    expect(files.ok && files.value.data).toContain(`'=HYPERLINK`);
  });
});
