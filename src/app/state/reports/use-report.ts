import { createResource, type Accessor } from 'solid-js';
import type { ReportFailure, ReportResult } from './report-api';

/** A server report keyed by `source` (reloaded when it changes), split into value and failure for the view. */
export function useReport<S, T>(source: Accessor<S | false>, load: (key: S) => Promise<ReportResult<T>>) {
  const [result, { refetch }] = createResource(source, load);
  return {
    value: (): T | undefined => {
      const r = result();
      return r?.ok ? r.value : undefined;
    },
    failure: (): ReportFailure | undefined => {
      const r = result();
      return r && !r.ok ? r : undefined;
    },
    loading: () => result.loading,
    retry: () => void refetch(),
  };
}
