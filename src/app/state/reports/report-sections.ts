import type { DataTableModel } from './data-table';

/** A heading of a report with its key figures and its tables (each table with its chart). */
export interface ReportSection {
  id: string;
  title: string;
  /** Key figures shown as a definition list, already formatted. */
  facts: { label: string; value: string }[];
  tables: DataTableModel[];
  /** Said when the section has nothing to show yet (no evaluation sent, no escuchadero entry). */
  empty?: string;
}
