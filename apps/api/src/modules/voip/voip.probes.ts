import { randomBytes, randomInt } from 'node:crypto';
import type { MutationProbe, WidgetProbe } from '../../kernel/module';

const addLine = 'mutation($input: AddVoipLineInput!) { addVoipLine(input: $input) { id number version } }';
/** A fresh Cape Town number each call (the number must not be in service on another line). */
const freshNumber = () => `+2721${randomInt(5_000_000, 9_999_999)}`;
const line = (customerId: string) => ({ input: { customerId, number: freshNumber(), lineType: 'SIP_ACCOUNT', monthlyChargeCents: 9900, startDate: '2026-01-01' } });

/** One answered call from `number` in Master.csv form. */
export const masterCsvRow = (number: string, uniqueId: string, dst = '0825550100', start = '2026-03-02 10:00:00', billsec = 75) =>
  `"","${number}","${dst}","from-internal","""Reception"" <${number}>","SIP/1001-0001","SIP/trunk-0002","Dial","SIP/trunk/${dst},60","${start}","${start}","${start}",${billsec + 5},${billsec},"ANSWERED","DOCUMENTATION","${uniqueId}",""`;

const addTariff = 'mutation($input: VoipTariffInput!) { createVoipTariff(input: $input) { id version } }';
const tariff = () => ({ input: { name: `Probe tariff ${randomBytes(4).toString('hex')}`, fallbackMarkupPercent: 30, rates: [{ callClass: 'MOBILE', ratePerMinuteCents: 89 }] } });

export const voipProbes: WidgetProbe[] = [
  {
    field: 'voipLines',
    permission: 'voipLines:read',
    selection: '{ id number lineType label status monthlyChargeCents startDate endDate tariffId tariffName version }',
    statements: 1,
    mutations: [
      { name: 'addVoipLine', permission: 'voipLines:write', document: addLine, variables: ({ customerId }) => line(customerId) },
      {
        name: 'updateVoipLine',
        permission: 'voipLines:write',
        document: 'mutation($input: UpdateVoipLineInput!) { updateVoipLine(input: $input) { id label version } }',
        variables: async ({ customerId, asAdmin }) => {
          const l = (await asAdmin(addLine, line(customerId))).addVoipLine;
          return { input: { id: l.id, expectedVersion: l.version, label: 'Reception', monthlyChargeCents: 12900 } };
        },
      },
      {
        name: 'expireVoipLine',
        permission: 'voipLines:write',
        document: 'mutation($input: ExpireVoipLineInput!) { expireVoipLine(input: $input) { id endDate status } }',
        variables: async ({ customerId, asAdmin }) => ({ input: { id: (await asAdmin(addLine, line(customerId))).addVoipLine.id, reason: 'Ported out' } }),
      },
      {
        name: 'importCallRecords',
        permission: 'voipLines:write',
        document: 'mutation($input: ImportCallRecordsInput!) { importCallRecords(input: $input) { ok imported duplicates errors { line message } } }',
        variables: async ({ customerId, asAdmin }) => {
          const l = (await asAdmin(addLine, line(customerId))).addVoipLine;
          return { input: { customerId, fileName: 'Master.csv', csv: masterCsvRow(l.number, `probe-${randomBytes(6).toString('hex')}`) } };
        },
      },
    ],
  },
  {
    field: 'phoneUsage',
    permission: 'phoneUsage:read',
    selection: '(year: 2026) { year months { period callClass calls billedSeconds minutes costCents } years { period callClass calls minutes costCents } }',
    statements: 1,
  },
  {
    field: 'voipRating',
    permission: 'billingDetails:read',
    selection: '{ defaultTariffId defaultTariffName classMarkups { callClass percent } fallbackMarkupPercent version }',
    statements: 1,
    mutations: [
      {
        name: 'setVoipCustomerRating',
        permission: 'billingDetails:write',
        document: 'mutation($input: VoipCustomerRatingInput!) { setVoipCustomerRating(input: $input) { fallbackMarkupPercent version } }',
        // A different markup each run, so every permitted role makes (and audits) a change.
        variables: ({ customerId }) => ({ input: { customerId, classMarkups: [{ callClass: 'INTERNATIONAL', percent: 40 }], fallbackMarkupPercent: randomInt(1, 99_999) / 100 } }),
      },
    ],
  },
];

/** The catalogue's mutations (not a widget): admins with catalogue:write. */
export const voipActionProbes: MutationProbe[] = [
  { name: 'createVoipTariff', permission: 'catalogue:write', document: addTariff, variables: () => tariff() },
  {
    name: 'updateVoipTariff',
    permission: 'catalogue:write',
    document: 'mutation($input: UpdateVoipTariffInput!) { updateVoipTariff(input: $input) { id version } }',
    variables: async ({ asAdmin }) => {
      const t = tariff();
      const made = (await asAdmin(addTariff, t)).createVoipTariff;
      return { input: { ...t.input, id: made.id, expectedVersion: made.version, fallbackMarkupPercent: 35 } };
    },
  },
];
