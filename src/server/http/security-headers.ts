import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { servedOverHttps } from './served-over-https';

/**
 * The PWA is self-hosted: everything comes from this origin. style-src needs 'unsafe-inline' because the
 * built app has inline style attributes (Solid templates such as the scanner frame's width, html5-qrcode);
 * scripts never run inline ('wasm-unsafe-eval' lets the door's decoder compile our own ZXing .wasm; it does
 * not allow eval of JavaScript). img/media allow data: and blob: for QR codes, camera frames and photos.
 */
export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'", "'wasm-unsafe-eval'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  mediaSrc: ["'self'", 'blob:'],
  fontSrc: ["'self'"],
  workerSrc: ["'self'"],
  manifestSrc: ["'self'"],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  frameAncestors: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
};

/** One year, this host only: includeSubDomains could break other municipal sites on plain HTTP. */
export const STRICT_TRANSPORT_SECURITY = 'max-age=31536000';

/**
 * Hono's defaults (nosniff, Referrer-Policy no-referrer, frame and COOP protections) plus the CSP and a
 * Permissions-Policy that keeps only the camera (door scanner) for this origin. HSTS only when the request
 * came over HTTPS (directly or through the proxy): the server often runs on plain HTTP in a municipal LAN.
 */
export function securityHeaders(): MiddlewareHandler {
  const common = secureHeaders({
    strictTransportSecurity: false,
    contentSecurityPolicy: CONTENT_SECURITY_POLICY,
    permissionsPolicy: { camera: ['self'], microphone: [], geolocation: [], payment: [], usb: [] },
  });
  return async (c, next) => {
    await common(c, async () => {
      await next();
      if (servedOverHttps(c)) c.header('Strict-Transport-Security', STRICT_TRANSPORT_SECURITY);
    });
  };
}
