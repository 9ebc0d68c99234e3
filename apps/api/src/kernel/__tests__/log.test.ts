import { captureLogs } from '../../testing/log-capture';
import { LogThrottle } from '../log';

test('a storm of like events is one line per interval, with how many were left out', () => {
  const { logger, lines } = captureLogs();
  let now = 0;
  const throttle = new LogThrottle(10_000, () => now);
  for (; now < 25_000; now += 100) throttle.write(logger, 'warn', 'db', { cause: 'ECONNREFUSED' }, 'database unavailable');
  throttle.write(logger, 'warn', 'other', {}, 'something else');
  expect(lines.map((l) => [l.msg, l.suppressed])).toEqual([
    ['database unavailable', undefined],
    ['database unavailable', 99],
    ['database unavailable', 99],
    ['something else', undefined],
  ]);
});
