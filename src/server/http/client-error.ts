import { STATUS_CODES, maxHeaderSize } from 'node:http';
import type { Duplex } from 'node:stream';
import { officeTextIn } from '../../core/problems/office-field-messages';
import { problem, problemStatus } from '../../core/problems/problem';

/**
 * Requests Node's HTTP parser refuses before the app sees them get a problem JSON like every other
 * error: Node's own answer (431 for a request line or headers past its limit) has no body at all.
 * A timed-out request keeps Node's plain 408; nobody is reading it. Spanish, the wire's language: a request the
 * parser refused has no Accept-Language to read.
 */
export function answerClientError(error: NodeJS.ErrnoException, socket: Duplex): void {
  // As Node does: never write into a response already on its way, nor to a peer that is gone.
  const inFlight = (socket as { _httpMessage?: { headersSent?: boolean } })._httpMessage;
  if (error.code === 'ECONNRESET' || !socket.writable || inFlight?.headersSent) {
    socket.destroy();
    return;
  }
  if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT') {
    socket.end('HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n');
    return;
  }
  const p =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? problem('request.too_large', { maxBytes: maxHeaderSize })
      : problem('request.invalid', { fields: [{ path: '', code: 'http', message: officeTextIn('es', 'request.http_malformed') }] });
  const body = JSON.stringify(p);
  const status = problemStatus(p.code);
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/json; charset=UTF-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n${body}`,
  );
}
