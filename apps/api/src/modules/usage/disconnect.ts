import { randomInt } from 'node:crypto';
import { createSocket } from 'node:dgram';
import { isIP } from 'node:net';
import radius from 'radius';

export enum DisconnectOutcome {
  /** Disconnect-ACK: the NAS ended the session. */
  ACK = 'ACK',
  /** Disconnect-NAK: the NAS refused (e.g. it no longer has the session); see errorCause. */
  NAK = 'NAK',
  /** No valid answer in time (NAS unreachable, wrong secret, CoA not enabled on it). */
  TIMEOUT = 'TIMEOUT',
}

export interface DisconnectTarget {
  /** The NAS's address and Dynamic Authorization port. */
  host: string;
  port: number;
  secret: string;
  /** Identify the session as the NAS knows it (RFC 5176 §3). */
  userName: string;
  acctSessionId: string;
  framedIp?: string | null;
}

export interface DisconnectAnswer {
  outcome: DisconnectOutcome;
  /** Error-Cause of a NAK, as named by RFC 5176 (e.g. "Session-Context-Not-Found"). */
  errorCause: string | null;
}

/**
 * Sends an RFC 5176 Disconnect-Request with the `radius` packet library and waits for the
 * NAS's Disconnect-ACK / -NAK, retransmitting the same packet once per timeout. Answers with a
 * wrong identifier or authenticator (another secret) are ignored, as a RADIUS client must.
 */
export async function sendDisconnect(target: DisconnectTarget, opts: { timeoutMs: number; attempts: number }): Promise<DisconnectAnswer> {
  const attributes: [string, string][] = [
    ['User-Name', target.userName],
    ['Acct-Session-Id', target.acctSessionId],
  ];
  if (target.framedIp) attributes.push(['Framed-IP-Address', target.framedIp.replace(/\/32$/, '')]);
  const identifier = randomInt(256);
  const packet = radius.encode({ code: 'Disconnect-Request', secret: target.secret, identifier, attributes });
  const socket = createSocket(isIP(target.host) === 6 ? 'udp6' : 'udp4');
  try {
    return await new Promise<DisconnectAnswer>((resolve) => {
      let attempt = 0;
      let timer: NodeJS.Timeout;
      const send = () => {
        attempt++;
        socket.send(packet, target.port, target.host, () => undefined);
        timer = setTimeout(() => (attempt < opts.attempts ? send() : resolve({ outcome: DisconnectOutcome.TIMEOUT, errorCause: null })), opts.timeoutMs);
      };
      socket.on('message', (msg) => {
        let reply: ReturnType<typeof radius.decode>;
        try {
          reply = radius.decode({ packet: msg, secret: target.secret });
        } catch {
          return;
        }
        if (reply.identifier !== identifier || !radius.verify_response({ request: packet, response: msg, secret: target.secret })) return;
        if (reply.code !== 'Disconnect-ACK' && reply.code !== 'Disconnect-NAK') return;
        clearTimeout(timer);
        const cause = reply.attributes['Error-Cause'];
        resolve({
          outcome: reply.code === 'Disconnect-ACK' ? DisconnectOutcome.ACK : DisconnectOutcome.NAK,
          errorCause: cause === undefined ? null : String(cause),
        });
      });
      // Unreachable (ICMP) or a send error: nothing will answer; the timer reports TIMEOUT.
      socket.on('error', () => undefined);
      send();
    });
  } finally {
    socket.close();
  }
}
