/** A row of listado_rows (migration 0700): scratch of one listado export in progress. */
export interface ListadoRowsTable {
  /** A random integer per export (short keys: the indexes below start with it). */
  export_id: number;
  id: string;
  /** 1 for a check-in undone at the door (listed last, counted nowhere), else 0. */
  undone: number;
  /** Date.parse of the check-in time; LISTADO_NO_TIME when it does not parse (listed after every time). */
  at_ms: number;
  /** identityKey of the check-in; NULL for one that can never be a duplicate. */
  identity: string | null;
  started_at: string;
}

/** Where a check-in with no readable time goes: after every real time, as Infinity does in compareCheckIns. */
export const LISTADO_NO_TIME = Number.MAX_SAFE_INTEGER;

/** One check-in as the first pass of the listado judges it (computed by the core rules, in JavaScript). */
export interface ListadoEntry {
  id: string;
  undone: boolean;
  atMs: number;
  identity: string | null;
}

/** A place in the listado's order: undone last, then time, then id. */
export type ListadoCursor = Pick<ListadoEntry, 'undone' | 'atMs' | 'id'>;

/**
 * A listado row in order, with its identity key as the first pass wrote it (so the page writer need not hash the
 * document again) and the first counted check-in of the same person (itself when it is that one).
 */
export interface OrderedListadoEntry extends ListadoCursor {
  identity: string | null;
  firstId: string | null;
}

/**
 * The listado's order and duplicates, kept by the database so that a 100,000-row export neither holds nor
 * sorts one entry per check-in in the server's heap. Rows are scratch, written and deleted by one export.
 */
export interface ListadoOrderStore {
  addListadoEntries(exportId: number, startedAt: string, entries: readonly ListadoEntry[]): Promise<void>;
  /** Up to `limit` rows after `after` (from the start when undefined), in the listado's order. */
  listadoPage(exportId: number, after: ListadoCursor | undefined, limit: number): Promise<OrderedListadoEntry[]>;
  /**
   * Deletes the first `limit` of an export's rows in order, or all of them when fewer are left, and answers how
   * many: a page at a time, so no delete blocks long. Done when it answers less than `limit`.
   */
  dropListadoEntries(exportId: number, limit: number): Promise<number>;
  /** Deletes what exports started before this time left behind (a crash interrupted them). */
  sweepListadoEntries(startedBefore: string): Promise<void>;
}
