/** Prints one benchmark figure as one JSON line: {"bench":"NAME","value":N,"unit":"ms","target":"<=50"}. */
export function report(bench: string, value: number, unit: string, target?: string): void {
  const rounded = Math.abs(value) >= 100 ? Math.round(value) : Number(value.toFixed(3));
  console.log(JSON.stringify(target === undefined ? { bench, value: rounded, unit } : { bench, value: rounded, unit, target }));
}
