import fc from 'fast-check';
import { INVALID_BYTES_MARK, JsonMembers, RawJson, deepArrays, deepObjects } from './json-text';

/** Keys that pollute Object.prototype when a parser or a merge treats them as ordinary properties. */
export const PROTO_KEYS = ['__proto__', 'constructor', 'prototype'] as const;

/** The value a polluting key carries: if it ever lands on a prototype, `({}).polluted` becomes true. */
export const pollutingValue = () =>
  new JsonMembers([
    ['polluted', true],
    ['__proto__', new JsonMembers([['polluted', true]])],
    ['prototype', { polluted: true }],
  ]);

export const SQL_INJECTIONS = [
  "' OR '1'='1",
  "'; DROP TABLE records; --",
  '"; DELETE FROM records WHERE 1=1; --',
  "1'); INSERT INTO records (id) VALUES ('x'); --",
  "') UNION SELECT name, sql FROM sqlite_master --",
  "Robert'); DROP TABLE record_conflicts;--",
  "$.payload') OR json_extract(payload, '$.eventId",
  '%; ATTACH DATABASE \'/tmp/x.db\' AS x; --',
];

export const HTML_INJECTIONS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg/onload=alert(document.cookie)>',
  'javascript:alert(1)',
  "{{constructor.constructor('alert(1)')()}}",
  '<iframe srcdoc="<script>parent.x=1</script>"></iframe>',
  '=HYPERLINK("http://x","y")', // spreadsheet formula injection
];

export const ODD_TEXT = [
  '',
  ' ',
  '\t\r\n',
  'a\u0000b',
  '\u0000',
  '\ud800',
  '\udfff',
  'x\udc00y',
  'Ana\ud83d',
  '\u200b',
  '\ufeff',
  '\u202eetnemucod',
  '👩🏽‍🦱 María',
  'Ñ̴̡̛̗͕o̵͎̓m̶̨̓b̷̢̛r̵̬̊e̶̩̔',
  'NaN',
  'Infinity',
  '-Infinity',
  '1e309',
  '-0',
  '0x1F',
  '１２３',
  'null',
  'undefined',
  'true',
  '../../../etc/passwd',
  '%s%s%n',
  'a\r\nSet-Cookie: x=1',
  ...PROTO_KEYS,
  'toString',
  'hasOwnProperty',
];

export const EXTREME_NUMBERS = [0, -0, -1, 1.5, 2 ** 31, -(2 ** 31), 2 ** 53 + 2, Number.MAX_VALUE, -Number.MAX_VALUE, Number.MIN_VALUE, 1e21];
/** Number-like tokens JSON.parse refuses (NaN) or turns into Infinity/0 (1e999). */
export const NUMBER_TOKENS = ['NaN', 'Infinity', '-Infinity', '1e999', '-1e999', '1e-999', '0.1e400', '01', '+1', '.5', '1.', '0x10'].map((t) => new RawJson(t));

const char16 = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));
const oddChar = fc.constantFrom('\u0000', '\ud800', '\udfff', '\u202e', '\u200b', "'", '"', '<', '>', '\\', '%', '`', INVALID_BYTES_MARK);

/** Text of any code units, lone surrogates, NUL and quote characters included. */
export const anyText = fc.string({ unit: fc.oneof(fc.constant('a'), char16, oddChar, fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })), maxLength: 40 });

/** Hostile text: injections, odd code units, invalid-UTF-8 markers, long runs. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...SQL_INJECTIONS, ...HTML_INJECTIONS, ...ODD_TEXT), weight: 6 },
  { arbitrary: anyText, weight: 3 },
  { arbitrary: fc.constantFrom(`x${INVALID_BYTES_MARK}y`, INVALID_BYTES_MARK), weight: 1 },
  { arbitrary: fc.integer({ min: 65, max: 5000 }).map((n) => 'Ñ'.repeat(n)), weight: 1 },
);

/** A value of the wrong type (or a wrong value of the right type) for any field. */
export const wrongValue: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.constantFrom<unknown>(null, true, false, [], {}, [null], [[]], ''), weight: 3 },
  { arbitrary: fc.constantFrom(...EXTREME_NUMBERS), weight: 2 },
  { arbitrary: fc.constantFrom(...NUMBER_TOKENS), weight: 2 },
  { arbitrary: hostileText, weight: 4 },
  { arbitrary: fc.jsonValue({ maxDepth: 3 }), weight: 2 },
  { arbitrary: fc.constantFrom(...PROTO_KEYS).map((key) => new JsonMembers([[key, pollutingValue()]])), weight: 2 },
  { arbitrary: fc.constantFrom(10, 1000, 10_000).chain((n) => fc.constantFrom(deepArrays(n), deepObjects(n), deepObjects(n, '__proto__'))), weight: 1 },
);
