import { createSocket, type Socket } from 'node:dgram';
import radius from 'radius';

/** What a stub NAS answers to a Disconnect-Request. */
export type StubNasBehaviour = 'ack' | 'nak' | 'silent';

export interface StubNas {
  port: number;
  /** The Disconnect-Requests it received (decoded with its secret). */
  received: { attributes: Record<string, unknown> }[];
  behaviour: StubNasBehaviour;
  close: () => Promise<void>;
}

/**
 * A tiny NAS that speaks RFC 5176 with the same `radius` library, on a real UDP socket: it
 * checks the request's authenticator with its secret (a forged or mis-keyed request is
 * dropped), then answers Disconnect-ACK, Disconnect-NAK (Error-Cause Session-Context-Not-Found)
 * or nothing. For the tests and the generated probes; never started by the server.
 */
export async function startStubNas(secret: string, behaviour: StubNasBehaviour = 'ack'): Promise<StubNas> {
  const socket: Socket = createSocket('udp4');
  const nas: StubNas = {
    port: 0,
    received: [],
    behaviour,
    close: () => new Promise<void>((resolve) => socket.close(() => resolve())),
  };
  socket.on('message', (msg, from) => {
    let request: ReturnType<typeof radius.decode>;
    try {
      request = radius.decode({ packet: msg, secret });
    } catch {
      return; // wrong secret: a real NAS drops it silently
    }
    if (request.code !== 'Disconnect-Request') return;
    nas.received.push({ attributes: request.attributes });
    if (nas.behaviour === 'silent') return;
    const reply =
      nas.behaviour === 'ack'
        ? radius.encode_response({ packet: request, code: 'Disconnect-ACK', secret })
        : radius.encode_response({ packet: request, code: 'Disconnect-NAK', secret, attributes: [['Error-Cause', 'Session-Context-Not-Found']] });
    socket.send(reply, from.port, from.address);
  });
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
  socket.unref();
  nas.port = socket.address().port;
  return nas;
}
