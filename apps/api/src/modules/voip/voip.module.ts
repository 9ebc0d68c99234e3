import { defineModule } from '../../kernel/module';
import { CdrImport } from './cdr-import.entity';
import { cdrSpoolJob } from './cdr-spool.job';
import { MIGRATIONS } from './migrations';
import { seedDemoVoip } from './voip.demo';
import { voipLoaders } from './voip.loaders';
import { voipActionProbes, voipProbes } from './voip.probes';
import { VoipCustomerResolver, VoipLineFieldsResolver, VoipTariffResolver } from './voip.resolver';
import { voipRules } from './voip.rules';
import { VoipCallRollup } from './voip-call-rollup.entity';
import { VoipCustomerRating } from './voip-customer-rating.entity';
import { VoipLine } from './voip-line.entity';
import { VoipTariff, VoipTariffRate } from './voip-tariff.entity';

/**
 * Widgets voipLines and phoneUsage, the catalogue's VoIP tariffs, the customers' rating
 * defaults, and call records: Asterisk CDR import (upload and spool job), rating (seed 004),
 * month-partitioned rated calls with monthly rollups.
 */
export const voipModule = defineModule({
  name: 'voip',
  entities: [VoipTariff, VoipTariffRate, VoipLine, VoipCustomerRating, VoipCallRollup, CdrImport],
  migrations: MIGRATIONS,
  resolvers: [VoipCustomerResolver, VoipLineFieldsResolver, VoipTariffResolver],
  rules: voipRules,
  loaders: voipLoaders,
  jobs: [cdrSpoolJob],
  auditActions: {
    'voip.line.add': 'VoIP line added',
    'voip.line.update': 'VoIP line changed',
    'voip.line.expire': 'VoIP line expired',
    'voip.calls.import': 'Call records imported',
    'voip.rating.update': 'Call rating defaults changed',
    'voip.tariff.create': 'VoIP tariff created',
    'voip.tariff.update': 'VoIP tariff changed',
  },
  probes: voipProbes,
  actionProbes: voipActionProbes,
  seed: seedDemoVoip,
  seedBulkTables: ['voip_call_rollup', 'voip_cdr_seen'],
  seedKeptKeys: ['voip_call_rollup', 'voip_cdr_seen'],
});
