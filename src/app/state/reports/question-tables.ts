import type { FormResults, QuestionResult } from '../forms/staff-api';
import type { DataTableModel, TableRow } from './data-table';
import { countRow } from './indicator-tables';
import type { Labels } from './report-labels';

/**
 * A form's results question by question (server forms/question-tally.ts). Text answers are not
 * tallied: the table says how many answered them and nothing else.
 */
export function questionTable(form: FormResults, q: QuestionResult, labels: Labels): DataTableModel {
  const base = {
    id: `q-${form.formId}-${q.fieldId}`,
    title: q.label[labels.lang],
    rowHeading: labels.t('reports.answer'),
    notes: [labels.t('reports.answered', { count: labels.count(q.answered) })],
  };
  const counted = (rows: TableRow[]): DataTableModel => ({ ...base, columns: [labels.t('reports.count')], rows, chart: { kind: 'bar', horizontal: true } });
  if (q.kind === 'ranking') return rankingTable(base, q, labels);
  if (q.options) return counted(q.options.map((o) => countRow(o.value, o.label[labels.lang], o.count ?? 0, labels)));
  if (q.kind === 'yes-no') return counted([countRow('yes', labels.t('forms.yes'), q.yes ?? 0, labels), countRow('no', labels.t('forms.no'), q.no ?? 0, labels)]);
  if (q.kind === 'rating') {
    const table = counted((q.distribution ?? []).map((d) => countRow(String(d.value), String(d.value), d.count, labels)));
    return { ...table, chart: { kind: 'bar', horizontal: false }, notes: [...base.notes, labels.t('reports.mean', { mean: labels.decimal(q.mean ?? null) })] };
  }
  if (q.kind === 'number') {
    const row = (key: 'mean' | 'min' | 'max') => ({ key, label: labels.t(`reports.number.${key}`), cells: [labels.decimal(q[key] ?? null)], value: q[key] ?? null });
    return { ...base, columns: [labels.t('reports.value')], rows: [row('mean'), row('min'), row('max')] };
  }
  return { ...base, columns: [], rows: [], notes: [...base.notes, labels.t('reports.textAnswers')] };
}

/** Prioritisation: topics ranked by points (first place earns most), then first choices. */
function rankingTable(base: Omit<DataTableModel, 'columns' | 'rows' | 'chart'>, q: QuestionResult, labels: Labels): DataTableModel {
  const ranked = [...(q.options ?? [])].sort((a, b) => (b.points ?? 0) - (a.points ?? 0) || (b.firstChoices ?? 0) - (a.firstChoices ?? 0));
  return {
    ...base,
    columns: [labels.t('reports.points'), labels.t('reports.firstChoices'), labels.t('reports.mentions')],
    rows: ranked.map((o, i) => ({
      key: o.value,
      label: `${i + 1}. ${o.label[labels.lang]}`,
      cells: [labels.count(o.points ?? 0), labels.count(o.firstChoices ?? 0), labels.count(o.mentions ?? 0)],
      value: o.points ?? 0,
    })),
    notes: [...base.notes, labels.t('reports.pointsNote')],
    chart: { kind: 'bar', horizontal: true },
  };
}

export const formTables = (form: FormResults, labels: Labels): DataTableModel[] => form.questions.map((q) => questionTable(form, q, labels));
