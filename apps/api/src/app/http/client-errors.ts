import { STATUS_CODES, type Server } from 'node:http';
import type { Socket } from 'node:net';
import { ErrorCode } from '../../kernel/errors';

const PROBLEMS: Record<string, [number, string]> = {
  HPE_HEADER_OVERFLOW: [431, 'The request headers (or the URL) are too large: send the query in a POST body'],
  ERR_HTTP_REQUEST_TIMEOUT: [408, 'The request took too long to arrive'],
};

/**
 * Requests Node's HTTP parser refuses before Express sees them (a GET URL over 16 kB, a
 * malformed request line) get a GraphQL-format JSON answer too, instead of a bare status line.
 */
export function answerClientErrorsAsJson(server: Server) {
  server.on('clientError', (err: NodeJS.ErrnoException, socket: Socket) => {
    if (err.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const [status, message] = PROBLEMS[err.code ?? ''] ?? [400, 'The request could not be read as HTTP'];
    const body = JSON.stringify({ errors: [{ message, extensions: { code: ErrorCode.BAD_USER_INPUT } }] });
    socket.end(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/json; charset=utf-8\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  });
}
