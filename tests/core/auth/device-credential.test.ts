import { describe, expect, it } from 'vitest';
import { formatDeviceCredential, parseDeviceCredential } from '../../../src/core/auth/devices';

const SECRET = 'A'.repeat(42) + 'w';

describe('device credential text', () => {
  it('round-trips deviceId and secret', () => {
    expect(parseDeviceCredential(formatDeviceCredential('puerta-norte_1', SECRET))).toEqual({ deviceId: 'puerta-norte_1', secret: SECRET });
  });

  it.each([
    ['another prefix', `cbd2.puerta.${SECRET}`],
    ['a short secret', 'cbd1.puerta.abc'],
    ['a dot in the device id', `cbd1.pu.erta.${SECRET}`],
    ['an empty device id', `cbd1..${SECRET}`],
    ['padding', `cbd1.puerta.${SECRET.slice(1)}=`],
    ['trailing text', `cbd1.puerta.${SECRET} x`],
  ])('refuses %s', (_name, text) => {
    expect(parseDeviceCredential(text)).toBeUndefined();
  });
});
