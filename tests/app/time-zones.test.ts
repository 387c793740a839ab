import { afterAll, describe, expect, it } from 'vitest';
import { formatCell } from '../../src/core/exports/csv-cell';
import { BOGOTA_OFFSET_MINUTES, bogotaIsoString } from '../../src/core/time';
import { attendanceSheet } from '../../src/app/state/reports/attendance-sheet';
import { eventBody, emptyEventDraft, toLocalInput } from '../../src/app/state/events/event-draft';
import { formatDateRange, formatLongDate } from '../../src/app/state/events/event-format';
import { formatTime } from '../../src/app/state/language';

// Node re-reads TZ when it is assigned, so one file can play devices set to several zones (vitest runs
// each file in its own process). Bogotá's clock must come out whatever the device's zone.
const ZONES = ['UTC', 'America/Bogota', 'Asia/Tokyo', 'America/Los_Angeles'];
const original = process.env.TZ;
afterAll(() => {
  if (original === undefined) delete process.env.TZ;
  else process.env.TZ = original;
});

const checkIn = Date.UTC(2026, 10, 21, 16, 43); // 11:43 in Bogotá
const plain = (text: string) => text.replace(/\s/g, ' ');

describe.each(ZONES)('a device set to %s', (zone) => {
  it('shows a check-in at the same Bogotá time in the list and in the printed sheet', () => {
    process.env.TZ = zone;
    expect(new Date(Date.UTC(2026, 0, 1)).getTimezoneOffset()).toBe(zone === 'UTC' ? 0 : zone === 'America/Bogota' ? 300 : zone === 'Asia/Tokyo' ? -540 : 480);
    const stamped = bogotaIsoString(checkIn);
    expect(stamped).toBe('2026-11-21T11:43:00.000-05:00');
    expect(plain(formatTime(stamped, checkIn + 60_000))).toBe('11:43 a. m.');
    expect(plain(formatTime(stamped, checkIn + 24 * 3_600_000))).toBe('21/11/26, 11:43 a. m.');
    const arrived = formatCell(stamped, { name: 'Hora de llegada (hora de Colombia)', type: 'datetime' }, { decimalMark: ',', offsetMinutes: BOGOTA_OFFSET_MINUTES });
    expect(arrived).toBe('2026-11-21 11:43:00');
    const header = 'Estado;Hora de llegada (hora de Colombia);Nombre;Tipo de documento;Número de documento;Comuna o corregimiento;Autorización de tratamiento de datos;Versión del aviso de privacidad';
    const sheet = attendanceSheet(`${header}\r\nAdmitido;${arrived};Ana;CC;1;Manrique;Sí;2026-1\r\n`);
    expect(sheet?.rows[0]?.arrivedAt).toBe('11:43');
  });

  it('keeps an event typed at 09:00 at 09:00 Bogotá, on the form, the cards and the poster', () => {
    process.env.TZ = zone;
    const body = eventBody({ ...emptyEventDraft(), startsAt: '2026-11-21T09:00', endsAt: '2026-11-21T23:30' });
    expect(body.startsAt).toBe('2026-11-21T09:00:00.000-05:00');
    expect(body.endsAt).toBe('2026-11-21T23:30:00.000-05:00');
    expect(toLocalInput('2026-11-21T14:00:00Z')).toBe('2026-11-21T09:00');
    expect(toLocalInput('2026-11-22T04:30:00Z')).toBe('2026-11-21T23:30');
    // 23:30 Bogotá is already the 22nd in UTC and Tokyo: still one day on the card.
    expect(plain(formatDateRange('2026-11-21T14:00:00Z', '2026-11-22T04:30:00Z'))).toBe('sáb, 21 nov 2026, 9:00 a. m. – 11:30 p. m.');
    expect(plain(formatLongDate('2026-11-21T14:00:00Z'))).toBe('sábado, 21 de noviembre de 2026, 9:00 a. m.');
  });
});
