import { saveAttendance, type AttendancePayload } from './save-attendance';
import { dataServices } from './services';

/**
 * Only in builds made with CABILDO_DEBUG_HOOKS=1 (the drain benchmark): lets a test queue many
 * records through the app's own save path (validation, record + outbox in one transaction)
 * instead of typing them. Never present in a normal build.
 */
export function installDebugHooks(): void {
  const hooks = {
    async ready(): Promise<boolean> {
      await dataServices();
      return true;
    },
    /** Saves `count` entries, `concurrency` at a time; returns how many the device confirmed. */
    async saveMany(count: number, template: AttendancePayload, concurrency = 8): Promise<number> {
      let next = 0;
      let saved = 0;
      const worker = async () => {
        while (next < count) {
          const i = next++;
          const result = await saveAttendance({ ...template, fullName: `${template.fullName} ${i + 1}` });
          if (result.ok) saved++;
        }
      };
      await Promise.all(Array.from({ length: concurrency }, worker));
      return saved;
    },
  };
  (window as unknown as { cabildoDebug: typeof hooks }).cabildoDebug = hooks;
}
