// RFC 5176 Disconnect-Request against a stub NAS on a real UDP socket (the same `radius` library).
import { sendDisconnect, DisconnectOutcome } from '../disconnect';
import { startStubNas, type StubNas } from '../stub-nas';

const SECRET = 'coa-secret';
let nas: StubNas;
beforeAll(async () => {
  nas = await startStubNas(SECRET);
});
afterAll(() => nas.close());

const target = () => ({ host: '127.0.0.1', port: nas.port, secret: SECRET, userName: 'jane@wisp', acctSessionId: '81a0000f', framedIp: '100.64.0.9/32' });
const quick = { timeoutMs: 300, attempts: 2 };

test('an ACK from the NAS is reported as ACK, and the request names the session', async () => {
  nas.behaviour = 'ack';
  nas.received.length = 0;
  expect(await sendDisconnect(target(), quick)).toEqual({ outcome: DisconnectOutcome.ACK, errorCause: null });
  expect(nas.received).toEqual([
    { attributes: expect.objectContaining({ 'User-Name': 'jane@wisp', 'Acct-Session-Id': '81a0000f', 'Framed-IP-Address': '100.64.0.9' }) },
  ]);
});

test('a NAK carries its Error-Cause', async () => {
  nas.behaviour = 'nak';
  expect(await sendDisconnect(target(), quick)).toEqual({ outcome: DisconnectOutcome.NAK, errorCause: 'Session-Context-Not-Found' });
});

test('a silent NAS is retransmitted to, then reported as TIMEOUT', async () => {
  nas.behaviour = 'silent';
  nas.received.length = 0;
  expect(await sendDisconnect(target(), quick)).toEqual({ outcome: DisconnectOutcome.TIMEOUT, errorCause: null });
  expect(nas.received).toHaveLength(2);
});

test('a request signed with another secret is dropped by the NAS (TIMEOUT, nothing received)', async () => {
  nas.behaviour = 'ack';
  nas.received.length = 0;
  expect(await sendDisconnect({ ...target(), secret: 'wrong' }, quick)).toEqual({ outcome: DisconnectOutcome.TIMEOUT, errorCause: null });
  expect(nas.received).toEqual([]);
});
